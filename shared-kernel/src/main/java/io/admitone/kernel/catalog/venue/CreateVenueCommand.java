package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;

import java.util.List;

/** Creates a venue with its seat map; the seat map is fixed for the venue's life, so seat keys stay stable. */
public record CreateVenueCommand(VenueId venueId, TenantId tenantId, String name, String timeZone, String city,
                                 String address, List<SectionLayout> sections) {

    public CreateVenueCommand {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
