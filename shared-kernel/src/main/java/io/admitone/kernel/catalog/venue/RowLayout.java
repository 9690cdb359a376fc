package io.admitone.kernel.catalog.venue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A row of a seated section: either {@code seats} numbered 1..n or explicit {@code seatLabels}, in the order they
 * stand. {@code priceZone}, when set, overrides the section's zone for the row; {@code seatFlags} maps seat labels
 * to their flags.
 */
public record RowLayout(String label, Integer seats, List<String> seatLabels, String priceZone,
                        Map<String, Set<SeatFlag>> seatFlags) {

    public RowLayout {
        seatLabels = seatLabels == null ? null : List.copyOf(seatLabels);
        seatFlags = seatFlags == null ? Map.of() : Map.copyOf(seatFlags);
    }

    /** The seat labels in order: the explicit ones, or 1..seats. */
    public List<String> labels() {
        if (seatLabels != null) {
            return seatLabels;
        }
        return IntStream.rangeClosed(1, seats == null ? 0 : seats).mapToObj(Integer::toString).toList();
    }

    public Set<SeatFlag> flagsOf(String seatLabel) {
        return seatFlags.getOrDefault(seatLabel, Set.of());
    }
}
