package io.admitone.kernel.catalog.event;

import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;

import java.util.List;

/** Creates a draft event at a venue of the same organisation. */
public record CreateEventCommand(EventId eventId, TenantId tenantId, VenueId venueId, String title,
                                 String description, String category, List<String> tags, String imageUrl) {

    public CreateEventCommand {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
