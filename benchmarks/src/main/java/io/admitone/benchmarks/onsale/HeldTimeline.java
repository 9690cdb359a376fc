package io.admitone.benchmarks.onsale;

import java.util.ArrayList;
import java.util.List;

/** When each confirmed hold came back, with the places confirmed so far, so read-model lag can be worked out. */
final class HeldTimeline {

    private final List<long[]> entries = new ArrayList<>();
    private long places;

    synchronized void confirmed(long atNanos, int quantity) {
        places += quantity;
        entries.add(new long[] {atNanos, places});
    }

    synchronized long places() {
        return places;
    }

    /** When the place numbered {@code place} (counting from 1) was confirmed, or -1 while it is not. */
    synchronized long confirmedAt(long place) {
        long earliest = -1;
        for (int i = entries.size() - 1; i >= 0; i--) {
            long[] entry = entries.get(i);
            if (entry[1] < place) {
                break;
            }
            earliest = entry[0];
        }
        return earliest;
    }
}
