package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/**
 * A new signing secret (sealed); the one before it keeps signing beside it until {@code previousSecretValidUntil},
 * so that receivers can switch without losing a delivery.
 */
public record WebhookSecretRotated(WebhookSubscriptionId subscriptionId, TenantId tenantId, String sealedSecret,
                                   Instant previousSecretValidUntil, Instant rotatedAt)
        implements WebhookSubscriptionEvent {
}
