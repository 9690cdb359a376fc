package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

/** A new secret, answered once ({@link IssuedWebhookSecret}); the old one signs beside it for {@code gracePeriod}. */
public record RotateWebhookSecretCommand(@TargetAggregateIdentifier WebhookSubscriptionId subscriptionId,
                                         TenantId tenantId, Duration gracePeriod) {
}
