package io.admitone.kernel.catalog.event;

/** Draft events are seen by staff only; published ones are sold in their on-sale windows; cancelled is final. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
