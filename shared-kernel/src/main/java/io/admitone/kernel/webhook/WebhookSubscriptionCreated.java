package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * A new subscription: deliveries of the events whose public type matches one of {@code eventTypes} go to
 * {@code url} while it is {@code enabled}. The signing secret is kept only sealed ({@code sealedSecret}, see
 * {@link io.admitone.kernel.SecretSeal}): the event store never holds it in the clear.
 */
public record WebhookSubscriptionCreated(WebhookSubscriptionId subscriptionId, TenantId tenantId, String url,
                                         List<String> eventTypes, String description, boolean enabled,
                                         String sealedSecret, Instant createdAt) implements WebhookSubscriptionEvent {

    public WebhookSubscriptionCreated {
        eventTypes = List.copyOf(eventTypes);
    }
}
