package io.admitone.query.catalog.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Folds the seat map's rows, read in map order, into sections, rows and seats as they arrive, so that the map is
 * built in one pass over one query. A standing section arrives as one line without a seat.
 */
final class SeatMapBuilder {

    private static final String STANDING = "STANDING";

    /**
     * One line of the seat-map query: a section, and one of its seats unless it is a standing section, with the
     * seat's status in a performance's map.
     */
    record Line(String section, String kind, int capacity, String row, String key, String label, String priceZone,
                String[] flags, String status) {
    }

    private final List<SeatMapView.Section> sections = new ArrayList<>();
    private String section;
    private List<SeatMapView.Row> rows;
    private String row;
    private List<SeatMapView.Seat> seats;

    void add(Line line) {
        if (!line.section().equals(section)) {
            startSection(line);
        }
        if (line.key() == null) {
            return;
        }
        if (!line.row().equals(row)) {
            row = line.row();
            seats = new ArrayList<>();
            rows.add(new SeatMapView.Row(row, seats));
        }
        seats.add(new SeatMapView.Seat(line.key(), line.label(), line.priceZone(), List.of(line.flags()),
                line.status()));
    }

    boolean isEmpty() {
        return sections.isEmpty();
    }

    SeatMapView build(UUID venueId) {
        return new SeatMapView(venueId, sections);
    }

    private void startSection(Line line) {
        section = line.section();
        rows = new ArrayList<>();
        row = null;
        boolean standing = STANDING.equals(line.kind());
        sections.add(new SeatMapView.Section(section, line.kind(), standing ? line.capacity() : null, rows));
    }
}
