package io.admitone.query.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription without its secrets. {@code status} is {@code paused} while staff keep it off, {@code disabled}
 * once the dispatcher gave up on it (until staff enable it again), else {@code active}; {@code pending} counts the
 * deliveries still waiting to go out.
 */
public record WebhookSubscriptionView(UUID id, String url, List<String> eventTypes, String description,
                                      boolean enabled, String status, Instant disabledAt, String disabledReason,
                                      Instant failingSince, Instant previousSecretValidUntil, Instant createdAt,
                                      Instant changedAt, int pending) {

    static WebhookSubscriptionView of(UUID id, String url, String[] eventTypes, String description, boolean enabled,
                                      String status, Instant disabledAt, String disabledReason, Instant failingSince,
                                      Instant previousSecretValidUntil, Instant createdAt, Instant changedAt,
                                      int pending) {
        return new WebhookSubscriptionView(id, url, List.of(eventTypes), description, enabled, status, disabledAt,
                disabledReason, failingSince, previousSecretValidUntil, createdAt, changedAt, pending);
    }
}
