package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A venue with its validated seat map, in compact form; {@code seatCount} and {@code capacity} are its totals. */
public record VenueCreated(VenueId venueId, TenantId tenantId, String name, String timeZone, String city,
                           String address, List<SectionLayout> sections, int seatCount, int capacity,
                           Instant createdAt) implements VenueEvent {

    public VenueCreated {
        sections = List.copyOf(sections);
    }
}
