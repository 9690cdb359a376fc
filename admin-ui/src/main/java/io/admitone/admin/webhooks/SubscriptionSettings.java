package io.admitone.admin.webhooks;

import java.util.List;

/**
 * What staff choose for a subscription, as creating it ({@code POST}) and changing it ({@code PATCH}) take it:
 * where to send, which event types ({@code order.*}), a description, and whether deliveries go out.
 */
public record SubscriptionSettings(String url, List<String> eventTypes, String description, boolean enabled) {

    public SubscriptionSettings {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
