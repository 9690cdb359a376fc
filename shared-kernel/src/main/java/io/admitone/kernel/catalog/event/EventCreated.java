package io.admitone.kernel.catalog.event;

import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

public record EventCreated(EventId eventId, TenantId tenantId, VenueId venueId, String title, String description,
                           String category, List<String> tags, String imageUrl, Instant createdAt)
        implements EventEvent {

    public EventCreated {
        tags = List.copyOf(tags);
    }
}
