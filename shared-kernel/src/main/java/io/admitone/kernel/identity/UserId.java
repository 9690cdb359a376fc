package io.admitone.kernel.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A staff user, whether invited, active or disabled. */
public record UserId(@JsonValue UUID value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    @JsonCreator
    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
