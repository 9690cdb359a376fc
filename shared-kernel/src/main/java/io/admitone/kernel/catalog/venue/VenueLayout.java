package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A venue's seat map as the rest of the catalog needs it: its sections, zones and places. */
public record VenueLayout(VenueId venueId, TenantId tenantId, String timeZone, List<SectionLayout> sections) {

    public VenueLayout {
        sections = List.copyOf(sections);
    }

    public Optional<SectionLayout> section(String name) {
        return sections.stream().filter(section -> section.name().equals(name)).findFirst();
    }

    /** The price zones that have at least one seat. */
    public Set<String> priceZones() {
        Set<String> zones = new TreeSet<>();
        sections.forEach(section -> section.seats().forEach(seat -> zones.add(seat.priceZone())));
        return zones;
    }

    public int seatCount() {
        return sections.stream().mapToInt(SectionLayout::seatCount).sum();
    }

    public int capacity() {
        return sections.stream().mapToInt(SectionLayout::places).sum();
    }
}
