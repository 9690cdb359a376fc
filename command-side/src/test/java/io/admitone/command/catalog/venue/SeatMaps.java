package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;

import java.util.List;
import java.util.stream.IntStream;

/** Seat maps for tests, written the way they read. */
final class SeatMaps {

    private SeatMaps() {
    }

    static SectionLayout seated(String name, String priceZone, RowLayout... rows) {
        return new SectionLayout(name, SectionKind.SEATED, priceZone, List.of(rows), null);
    }

    static SectionLayout standing(String name, int capacity) {
        return new SectionLayout(name, SectionKind.STANDING, null, List.of(), capacity);
    }

    static RowLayout row(String label, int seats) {
        return new RowLayout(label, seats, null, null, null);
    }

    static RowLayout labelled(String label, String... seats) {
        return new RowLayout(label, null, List.of(seats), null, null);
    }

    /** {@code sections} seated sections S1.. of {@code rows} rows of {@code seats} seats each, in zone "main". */
    static List<SectionLayout> blocks(int sections, int rows, int seats) {
        return IntStream.rangeClosed(1, sections).mapToObj(section -> seated("S" + section, "main",
                IntStream.rangeClosed(1, rows).mapToObj(row -> row(Integer.toString(row), seats))
                        .toArray(RowLayout[]::new))).toList();
    }
}
