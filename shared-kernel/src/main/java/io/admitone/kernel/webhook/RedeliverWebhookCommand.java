package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RedeliverWebhookCommand(@TargetAggregateIdentifier WebhookSubscriptionId subscriptionId,
                                      TenantId tenantId, UUID deliveryId, UUID redeliveryId) {
}
