package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.PerformanceId;

/** The id of a performance used again with other times; the same times again are a repeat and change nothing. */
class PerformanceAlreadyScheduled extends DomainRejection {

    PerformanceAlreadyScheduled(PerformanceId performanceId) {
        super("performance-exists", Kind.CONFLICT, "Performance " + performanceId + " already exists");
    }
}
