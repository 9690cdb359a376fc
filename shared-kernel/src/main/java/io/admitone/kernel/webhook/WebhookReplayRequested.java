package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff asked for every event the subscription matches to be sent again, in stream order, from the stream position
 * {@code fromPosition} or from the first event at or after {@code fromInstant} (exactly one of the two is set), up to
 * this request itself. The deliveries are marked as replays of {@code replayId}.
 */
public record WebhookReplayRequested(WebhookSubscriptionId subscriptionId, TenantId tenantId, UUID replayId,
                                     Long fromPosition, Instant fromInstant, Instant requestedAt)
        implements WebhookSubscriptionEvent {
}
