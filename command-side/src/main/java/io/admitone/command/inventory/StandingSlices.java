package io.admitone.command.inventory;

import java.util.Arrays;

/**
 * How a standing section's capacity is sliced. A slice takes one write at a time, and a hold is a few
 * milliseconds of work, so one aggregate serves a few hundred holds a second; slices of about
 * {@value #PLACES_PER_SLICE} places let a 20,000-place floor take forty writes at once, while a slice stays
 * large enough that an order of up to 100 places rarely has to span two. Above {@value #MAX_SLICES} slices the
 * gain is small and every capacity change must touch them all.
 */
final class StandingSlices {

    static final int PLACES_PER_SLICE = 500;
    static final int MAX_SLICES = 64;

    private StandingSlices() {
    }

    static int count(int capacity) {
        return Math.clamp(Math.ceilDiv(capacity, PLACES_PER_SLICE), 1, MAX_SLICES);
    }

    /** Spreads {@code places} over {@code slices} as evenly as whole places allow, the first slices taking the rest. */
    static int[] split(int places, int slices) {
        int[] shares = new int[slices];
        Arrays.fill(shares, places / slices);
        for (int i = 0; i < places % slices; i++) {
            shares[i]++;
        }
        return shares;
    }
}
