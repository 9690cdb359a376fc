package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.PerformanceTimes;

import java.time.Instant;

/** The order a performance's times must keep: on sale before it ends, doors open before it starts. */
final class PerformanceRules {

    private PerformanceRules() {
    }

    static PerformanceTimes validated(PerformanceTimes times) {
        if (times == null || times.startsAt() == null || times.endsAt() == null || times.onSaleFrom() == null
                || times.onSaleUntil() == null) {
            throw new InvalidPerformanceTimes("startsAt, endsAt, onSaleFrom and onSaleUntil are required");
        }
        requireBefore(times.startsAt(), "startsAt", times.endsAt(), "endsAt");
        if (times.doorsAt() != null && times.doorsAt().isAfter(times.startsAt())) {
            throw new InvalidPerformanceTimes("doorsAt must not be after startsAt");
        }
        requireBefore(times.onSaleFrom(), "onSaleFrom", times.onSaleUntil(), "onSaleUntil");
        if (times.onSaleUntil().isAfter(times.endsAt())) {
            throw new InvalidPerformanceTimes("onSaleUntil must not be after endsAt");
        }
        return times;
    }

    private static void requireBefore(Instant earlier, String earlierName, Instant later, String laterName) {
        if (!earlier.isBefore(later)) {
            throw new InvalidPerformanceTimes(earlierName + " must be before " + laterName);
        }
    }
}
