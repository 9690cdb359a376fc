package io.admitone.admin.venues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.List;
import java.util.UUID;

/**
 * A venue's seat map with every seat, as {@code .../venues/{venueId}/seats} answers it, or with each seat's status
 * in one performance, as {@code .../performances/{performanceId}/seats} does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeatPlan(UUID venueId, List<Section> sections) {

    /** A section: rows of seats, or a standing capacity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String name, SectionKind kind, List<Row> rows, Integer capacity) {

        public Section {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public int seatCount() {
            return rows.stream().mapToInt(row -> row.seats().size()).sum();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String label, List<Seat> seats) {

        public Row {
            seats = seats == null ? List.of() : List.copyOf(seats);
        }
    }

    /** One seat; {@code status} is {@code FREE}, {@code HELD} or {@code SOLD} in a performance's map, else null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seat(String key, String label, String priceZone, List<String> flags, String status) {

        public Seat {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    public SeatPlan {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The price zones with seats, in the order the map first names them. */
    public List<String> priceZones() {
        return sections.stream().flatMap(section -> section.rows().stream())
                .flatMap(row -> row.seats().stream()).map(Seat::priceZone).distinct().toList();
    }
}
