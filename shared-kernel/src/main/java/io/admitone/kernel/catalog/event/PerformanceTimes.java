package io.admitone.kernel.catalog.event;

import java.time.Instant;

/** When a performance starts and ends, when doors open (optional), and the window in which it is sold. */
public record PerformanceTimes(Instant startsAt, Instant endsAt, Instant doorsAt, Instant onSaleFrom,
                               Instant onSaleUntil) {
}
