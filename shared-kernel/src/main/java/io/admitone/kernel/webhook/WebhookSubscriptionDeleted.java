package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A subscription removed for good, with what it had still to deliver and its delivery log. */
public record WebhookSubscriptionDeleted(WebhookSubscriptionId subscriptionId, TenantId tenantId, Instant deletedAt)
        implements WebhookSubscriptionEvent {
}
