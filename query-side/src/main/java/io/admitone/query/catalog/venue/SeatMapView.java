package io.admitone.query.catalog.venue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * A venue's seat map in map order: sections, their rows, the rows' seats; for a performance, with each seat's
 * status ({@code FREE}, {@code HELD} or {@code SOLD}). Kept compact, because a stadium's map is 100,000 seats:
 * what is empty or does not apply (a seat without flags, a seated section's capacity, the status on a venue's
 * map) is left out.
 */
public record SeatMapView(UUID venueId, List<Section> sections) {

    /** A seated section has rows; a standing section has a capacity. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Section(String name, String kind, Integer capacity, List<Row> rows) {
    }

    public record Row(String label, List<Seat> seats) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Seat(String key, String label, String priceZone, List<String> flags, String status) {
    }
}
