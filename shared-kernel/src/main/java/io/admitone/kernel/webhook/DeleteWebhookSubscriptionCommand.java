package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteWebhookSubscriptionCommand(@TargetAggregateIdentifier WebhookSubscriptionId subscriptionId,
                                               TenantId tenantId) {
}
