package io.admitone.kernel.catalog.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record PerformanceId(@JsonValue UUID value) {

    public PerformanceId {
        Objects.requireNonNull(value, "performance id");
    }

    @JsonCreator
    public static PerformanceId of(String value) {
        return new PerformanceId(UUID.fromString(value));
    }

    public static PerformanceId random() {
        return new PerformanceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
