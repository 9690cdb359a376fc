package io.admitone.query.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A performance's seat map: sections, their rows and each seat with its status, in map order. */
public record SeatMapView(UUID performanceId, List<Section> sections) {

    public record Section(String section, List<Row> rows) {
    }

    public record Row(String row, List<SeatView> seats) {
    }

    /** {@code status} is {@code FREE}, {@code HELD} or {@code SOLD}. */
    public record SeatView(String key, String label, String priceZone, List<String> flags, String status) {
    }

    /** A seat as read, with where it belongs. */
    record Placed(String section, String row, SeatView seat) {

        static Placed of(String section, String row, String key, String label, String priceZone, String[] flags,
                         String status) {
            return new Placed(section, row, new SeatView(key, label, priceZone, List.of(flags), status));
        }
    }

    /** Groups seats read in map order into sections and rows. */
    static SeatMapView of(UUID performanceId, List<Placed> seats) {
        List<Section> sections = new ArrayList<>();
        for (Placed placed : seats) {
            if (sections.isEmpty() || !sections.getLast().section().equals(placed.section())) {
                sections.add(new Section(placed.section(), new ArrayList<>()));
            }
            List<Row> rows = sections.getLast().rows();
            if (rows.isEmpty() || !rows.getLast().row().equals(placed.row())) {
                rows.add(new Row(placed.row(), new ArrayList<>()));
            }
            rows.getLast().seats().add(placed.seat());
        }
        return new SeatMapView(performanceId, sections);
    }
}
