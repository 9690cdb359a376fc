package io.admitone.kernel.onsale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A buyer's hold on places; the inventory partitions record what they hold under it. */
public record HoldId(@JsonValue UUID value) {

    public HoldId {
        Objects.requireNonNull(value, "hold id");
    }

    @JsonCreator
    public static HoldId of(String value) {
        return new HoldId(UUID.fromString(value));
    }

    public static HoldId random() {
        return new HoldId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
