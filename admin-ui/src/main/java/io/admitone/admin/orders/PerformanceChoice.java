package io.admitone.admin.orders;

import java.time.Instant;
import java.util.UUID;

/** A performance with its event's title, as a filter or the check-in's picker offers it. */
public record PerformanceChoice(UUID id, UUID eventId, String eventTitle, Instant startsAt) {

    public String shown(Times times) {
        return eventTitle + " · " + times.of(startsAt);
    }
}
