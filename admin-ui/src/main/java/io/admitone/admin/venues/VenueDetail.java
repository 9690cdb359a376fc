package io.admitone.admin.venues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A venue with its sections in map order, as {@code GET .../venues/{venueId}} answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VenueDetail(UUID id, String name, String timeZone, String city, String address, int seatCount,
                          int capacity, List<Section> sections) {

    /** A section's summary: a seated one's price zones and seats, a standing one's places. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String name, SectionKind kind, List<String> priceZones, int rowCount, int seatCount,
                          int capacity) {

        public Section {
            priceZones = priceZones == null ? List.of() : List.copyOf(priceZones);
        }
    }

    public VenueDetail {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The names of the standing sections, which ticket types sell by name. */
    public List<String> standingSections() {
        return sections.stream().filter(section -> section.kind() == SectionKind.STANDING).map(Section::name).toList();
    }

    /** The price zones with seats, in map order, each once. */
    public List<String> priceZones() {
        return sections.stream().flatMap(section -> section.priceZones().stream()).distinct().toList();
    }
}
