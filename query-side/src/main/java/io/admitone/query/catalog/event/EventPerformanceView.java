package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;

import java.time.Instant;
import java.util.UUID;

/** A performance with what a page about it shows of its event. */
public record EventPerformanceView(UUID id, UUID eventId, String eventTitle, EventStatus eventStatus, UUID venueId,
                                   Instant startsAt, Instant endsAt, Instant doorsAt, Instant onSaleFrom,
                                   Instant onSaleUntil, PerformanceStatus status) {

    static EventPerformanceView of(UUID id, UUID eventId, String eventTitle, String eventStatus, UUID venueId,
                                   Instant startsAt, Instant endsAt, Instant doorsAt, Instant onSaleFrom,
                                   Instant onSaleUntil, String status) {
        return new EventPerformanceView(id, eventId, eventTitle, EventStatus.valueOf(eventStatus), venueId, startsAt,
                endsAt, doorsAt, onSaleFrom, onSaleUntil, PerformanceStatus.valueOf(status));
    }
}
