package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** All details after the change. */
public record EventDetailsChanged(EventId eventId, TenantId tenantId, String title, String description,
                                  String category, List<String> tags, String imageUrl, Instant changedAt)
        implements EventEvent {

    public EventDetailsChanged {
        tags = List.copyOf(tags);
    }
}
