package io.admitone.kernel.catalog.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record EventId(@JsonValue UUID value) {

    public EventId {
        Objects.requireNonNull(value, "event id");
    }

    @JsonCreator
    public static EventId of(String value) {
        return new EventId(UUID.fromString(value));
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
