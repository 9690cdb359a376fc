package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.catalog.event.PerformanceTimes;

/** What the event aggregate keeps of one of its performances. */
record Performance(PerformanceTimes times, PerformanceStatus status) {

    Performance rescheduled(PerformanceTimes newTimes) {
        return new Performance(newTimes, PerformanceStatus.SCHEDULED);
    }

    Performance withStatus(PerformanceStatus newStatus) {
        return new Performance(times, newStatus);
    }
}
