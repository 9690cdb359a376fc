package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerKeyId;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as integrators receive it: {@code body} is the envelope, sent and signed byte for byte as it is.
 * {@code buyerKeyId} names the key of the buyer the body shows, null when it shows none.
 */
public record WebhookMessage(UUID messageId, TenantId tenantId, String type, long position, Instant occurredAt,
                             String body, BuyerKeyId buyerKeyId) {
}
