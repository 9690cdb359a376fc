package io.admitone.kernel.catalog.venue;

import java.util.List;
import java.util.stream.Stream;

/**
 * A section of a venue. A seated section has rows (and a default price zone for them); a standing section has a
 * capacity and no rows.
 */
public record SectionLayout(String name, SectionKind kind, String priceZone, List<RowLayout> rows, Integer capacity) {

    public SectionLayout {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The section's seats in map order; none for a standing section. */
    public Stream<Seat> seats() {
        return rows.stream().flatMap(row -> row.labels().stream().map(seat -> new Seat(Seat.key(name, row.label(), seat),
                name, row.label(), seat, row.priceZone() == null ? priceZone : row.priceZone(), row.flagsOf(seat))));
    }

    /** Whether any seat of the section is in the price zone, decided by its rows without listing the seats. */
    public boolean hasPriceZone(String zone) {
        return rows.stream().anyMatch(row -> !row.labels().isEmpty()
                && zone.equals(row.priceZone() == null ? priceZone : row.priceZone()));
    }

    public int seatCount() {
        return rows.stream().mapToInt(row -> row.labels().size()).sum();
    }

    /** How many people the section holds: its seats, or its standing capacity. */
    public int places() {
        return kind == SectionKind.SEATED ? seatCount() : capacity;
    }
}
