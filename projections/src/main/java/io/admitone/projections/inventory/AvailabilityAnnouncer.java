package io.admitone.projections.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;

/**
 * Tells whoever follows a performance's availability — in this instance or another — that it changed. Called after
 * the projection's transaction committed, so that a reader who re-reads sees the change.
 */
public interface AvailabilityAnnouncer {

    void changed(PerformanceId performance);
}
