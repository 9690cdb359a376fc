package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Staff changed a subscription; the event carries all of its settings as they are now. {@code enabled} true also
 * switches back on a subscription the dispatcher disabled (a receiver that answered 410, or failed for days).
 */
public record WebhookSubscriptionChanged(WebhookSubscriptionId subscriptionId, TenantId tenantId, String url,
                                         List<String> eventTypes, String description, boolean enabled,
                                         Instant changedAt) implements WebhookSubscriptionEvent {

    public WebhookSubscriptionChanged {
        eventTypes = List.copyOf(eventTypes);
    }
}
