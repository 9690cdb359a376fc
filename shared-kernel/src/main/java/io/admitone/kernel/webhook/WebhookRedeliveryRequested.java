package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff asked for one delivery ({@code deliveryId}) to be sent again, as a new delivery {@code redeliveryId} at the
 * end of the subscription's queue. A delivery the subscription does not have is not sent.
 */
public record WebhookRedeliveryRequested(WebhookSubscriptionId subscriptionId, TenantId tenantId, UUID deliveryId,
                                         UUID redeliveryId, Instant requestedAt) implements WebhookSubscriptionEvent {
}
