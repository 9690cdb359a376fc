package io.admitone.admin.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the server reads it, never with its secret: {@code status} is {@code active}, {@code paused}
 * (by staff) or {@code disabled} (by the dispatcher, {@code disabledReason} says why); {@code pending} counts the
 * deliveries still to go out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscription(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                           String status, Instant disabledAt, String disabledReason, Instant failingSince,
                           Instant createdAt, int pending) {

    public Subscription {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        description = description == null ? "" : description;
    }

    SubscriptionSettings settings() {
        return new SubscriptionSettings(url, eventTypes, description, enabled);
    }
}
