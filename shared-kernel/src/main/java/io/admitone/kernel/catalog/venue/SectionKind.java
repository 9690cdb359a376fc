package io.admitone.kernel.catalog.venue;

/** A seated section sells numbered seats; a standing section sells places up to its capacity. */
public enum SectionKind {
    SEATED, STANDING
}
