package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.util.List;

/** Creates a subscription; the handler generates its secret and answers it once ({@link IssuedWebhookSecret}). */
public record CreateWebhookSubscriptionCommand(WebhookSubscriptionId subscriptionId, TenantId tenantId, String url,
                                               List<String> eventTypes, String description, boolean enabled) {

    public CreateWebhookSubscriptionCommand {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
