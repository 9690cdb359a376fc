package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Exactly one of {@code fromPosition} (at least 1) and {@code fromInstant} (not in the future) is given. */
public record ReplayWebhookSubscriptionCommand(@TargetAggregateIdentifier WebhookSubscriptionId subscriptionId,
                                               TenantId tenantId, UUID replayId, Long fromPosition,
                                               Instant fromInstant) {
}
