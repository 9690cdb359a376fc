package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;

class PerformanceNotFound extends DomainRejection {

    PerformanceNotFound(EventId eventId, PerformanceId performanceId) {
        super("performance-not-found", Kind.NOT_FOUND, "Event " + eventId + " has no performance " + performanceId);
    }
}
