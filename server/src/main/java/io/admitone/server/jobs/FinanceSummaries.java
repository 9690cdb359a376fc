package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.admitone.query.finance.reports.DailySales;
import io.admitone.server.exports.Exports;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * {@code finance-summary}: every day at 00:15 UTC, each organisation whose money moved on a UTC day that is over gets
 * that day's sales report, per performance and currency, as a CSV export, once per organisation and day. A run looks
 * back over the last {@code admitone.jobs.finance-summary-catch-up-days} days (7 by default), so days missed while no
 * scheduler ran, or by a failed run, are summarised by the next one; the quarter of an hour after midnight gives the
 * ledger time to take in the day's last sales.
 */
@ConditionalOnRole(Role.COMMAND)
@Component
class FinanceSummaries implements ScheduledJob {

    static final String NAME = "finance-summary";
    private static final LocalTime AT = LocalTime.of(0, 15);

    private final DailySales sales;
    private final Exports exports;
    private final int catchUpDays;

    FinanceSummaries(DailySales sales, Exports exports,
                     @Value("${admitone.jobs.finance-summary-catch-up-days}") int catchUpDays) {
        if (catchUpDays < 1) {
            throw new IllegalArgumentException("admitone.jobs.finance-summary-catch-up-days must be at least 1");
        }
        this.sales = sales;
        this.exports = exports;
        this.catchUpDays = catchUpDays;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Exports each organisation's sales of each of the last " + catchUpDays
                + " UTC days its money moved on as a CSV file, once";
    }

    @Override
    public Schedule schedule() {
        return Schedules.daily(DailySales.ZONE, AT);
    }

    @Override
    public void run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DailySales.ZONE);
        for (DailySales.MovedDay moved : sales.movedBetween(today.minusDays(catchUpDays), today.minusDays(1))) {
            if (!exports.summarised(moved.tenant(), moved.day())) {
                exports.keepFinanceSummary(moved.tenant(), moved.day(),
                        sales.csv(moved.tenant(), moved.day(), now), now);
            }
        }
    }
}
