package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.PerformanceStatus;

import java.time.Instant;
import java.util.UUID;

public record PerformanceView(UUID id, UUID eventId, UUID venueId, Instant startsAt, Instant endsAt, Instant doorsAt,
                              Instant onSaleFrom, Instant onSaleUntil, PerformanceStatus status) {

    static PerformanceView of(UUID id, UUID eventId, UUID venueId, Instant startsAt, Instant endsAt, Instant doorsAt,
                              Instant onSaleFrom, Instant onSaleUntil, String status) {
        return new PerformanceView(id, eventId, venueId, startsAt, endsAt, doorsAt, onSaleFrom, onSaleUntil,
                PerformanceStatus.valueOf(status));
    }
}
