package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.EventId;

import java.util.List;

/** A hold request the catalog allows, as what to take from the partitions. */
record CheckedHold(EventId eventId, List<Wanted> wanted) {
}
