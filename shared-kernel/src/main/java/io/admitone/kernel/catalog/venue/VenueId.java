package io.admitone.kernel.catalog.venue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record VenueId(@JsonValue UUID value) {

    public VenueId {
        Objects.requireNonNull(value, "venue id");
    }

    @JsonCreator
    public static VenueId of(String value) {
        return new VenueId(UUID.fromString(value));
    }

    public static VenueId random() {
        return new VenueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
