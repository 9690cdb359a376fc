package io.admitone.admin.events;

import io.admitone.admin.catalog.Times;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A performance's times as the form shows them, in the venue's time zone. */
public record PerformanceTimesForm(LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime doorsAt,
                            LocalDateTime onSaleFrom, LocalDateTime onSaleUntil) {

    /** The body of scheduling and rescheduling: the times as instants. */
    record Request(Instant startsAt, Instant endsAt, Instant doorsAt, Instant onSaleFrom, Instant onSaleUntil) {
    }

    static PerformanceTimesForm empty() {
        return new PerformanceTimesForm(null, null, null, null, null);
    }

    static PerformanceTimesForm of(EventDetail.Performance performance, ZoneId zone) {
        return new PerformanceTimesForm(Times.local(performance.startsAt(), zone),
                Times.local(performance.endsAt(), zone), Times.local(performance.doorsAt(), zone),
                Times.local(performance.onSaleFrom(), zone), Times.local(performance.onSaleUntil(), zone));
    }

    Request toRequest(ZoneId zone) {
        return new Request(Times.instant(startsAt, zone), Times.instant(endsAt, zone), Times.instant(doorsAt, zone),
                Times.instant(onSaleFrom, zone), Times.instant(onSaleUntil, zone));
    }
}
