package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.PerformanceId;

class PerformanceIsCancelled extends DomainRejection {

    PerformanceIsCancelled(PerformanceId performanceId) {
        super("performance-cancelled", Kind.CONFLICT,
                "Performance " + performanceId + " is cancelled; a cancelled performance does not change");
    }
}
