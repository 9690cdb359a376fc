package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.PerformanceId;

class SectionNotFound extends DomainRejection {

    SectionNotFound(PerformanceId performanceId, String section) {
        super("section-not-found", Kind.NOT_FOUND, "Performance " + performanceId + " has no standing section " + section);
    }
}
