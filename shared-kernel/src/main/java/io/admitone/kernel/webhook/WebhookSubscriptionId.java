package io.admitone.kernel.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A webhook subscription of an organisation. */
public record WebhookSubscriptionId(@JsonValue UUID value) {

    public WebhookSubscriptionId {
        Objects.requireNonNull(value, "webhook subscription id");
    }

    @JsonCreator
    public static WebhookSubscriptionId of(String value) {
        return new WebhookSubscriptionId(UUID.fromString(value));
    }

    public static WebhookSubscriptionId random() {
        return new WebhookSubscriptionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
