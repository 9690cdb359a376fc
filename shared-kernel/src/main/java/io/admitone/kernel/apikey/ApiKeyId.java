package io.admitone.kernel.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** An API key of an organisation, secret or publishable; its id is no secret. */
public record ApiKeyId(@JsonValue UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "API key id");
    }

    @JsonCreator
    public static ApiKeyId of(String value) {
        return new ApiKeyId(UUID.fromString(value));
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
