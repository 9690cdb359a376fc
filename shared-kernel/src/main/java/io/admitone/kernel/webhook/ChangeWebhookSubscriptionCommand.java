package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Changes what is given (a null field stays as it is); {@code enabled} false pauses, true enables again. */
public record ChangeWebhookSubscriptionCommand(@TargetAggregateIdentifier WebhookSubscriptionId subscriptionId,
                                               TenantId tenantId, String url, List<String> eventTypes,
                                               String description, Boolean enabled) {

    public ChangeWebhookSubscriptionCommand {
        eventTypes = eventTypes == null ? null : List.copyOf(eventTypes);
    }
}
