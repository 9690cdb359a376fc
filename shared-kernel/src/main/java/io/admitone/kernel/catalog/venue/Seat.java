package io.admitone.kernel.catalog.venue;

import java.util.Set;

/** One seat of a seated section, with its key {@code section-row-seat} (such as {@code A-1-7}). */
public record Seat(String key, String section, String row, String label, String priceZone, Set<SeatFlag> flags) {

    public Seat {
        flags = Set.copyOf(flags);
    }

    public static String key(String section, String row, String seat) {
        return section + "-" + row + "-" + seat;
    }
}
