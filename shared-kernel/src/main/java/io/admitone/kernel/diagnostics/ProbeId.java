package io.admitone.kernel.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record ProbeId(@JsonValue UUID value) {

    public ProbeId {
        Objects.requireNonNull(value, "probe id");
    }

    @JsonCreator
    public static ProbeId of(String value) {
        return new ProbeId(UUID.fromString(value));
    }

    public static ProbeId random() {
        return new ProbeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
