package io.admitone.kernel.onsale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One refund of an order: money paid back, and the tickets it voids. */
public record RefundId(@JsonValue UUID value) {

    public RefundId {
        Objects.requireNonNull(value, "refund id");
    }

    @JsonCreator
    public static RefundId of(String value) {
        return new RefundId(UUID.fromString(value));
    }

    public static RefundId random() {
        return new RefundId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
