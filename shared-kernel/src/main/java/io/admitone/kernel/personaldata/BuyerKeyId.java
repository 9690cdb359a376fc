package io.admitone.kernel.personaldata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The data key of one buyer of one organisation: the key their personal data in events is sealed with. */
public record BuyerKeyId(@JsonValue UUID value) {

    public BuyerKeyId {
        Objects.requireNonNull(value, "buyer key id");
    }

    @JsonCreator
    public static BuyerKeyId of(String value) {
        return new BuyerKeyId(UUID.fromString(value));
    }

    public static BuyerKeyId random() {
        return new BuyerKeyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
