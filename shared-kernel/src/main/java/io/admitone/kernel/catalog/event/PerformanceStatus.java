package io.admitone.kernel.catalog.event;

/** A postponed performance waits for new dates and is not sold meanwhile; cancelled is final. */
public enum PerformanceStatus {
    SCHEDULED, POSTPONED, CANCELLED
}
