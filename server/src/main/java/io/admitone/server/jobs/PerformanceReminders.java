package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.reminders.UpcomingPerformances;
import io.admitone.server.plugins.BuyerNotices;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code performance-reminders}: every quarter of an hour, the buyers of each performance that starts within the
 * reminder window ({@code admitone.jobs.reminder-window}, a day by default) are reminded of it through their
 * organisation's notification channels, once: the performance is marked reminded before its buyers are told, so a
 * run that fails half-way leaves the rest untold rather than telling anyone twice.
 */
@ConditionalOnRole(Role.COMMAND)
@Component
class PerformanceReminders implements ScheduledJob {

    static final String NAME = "performance-reminders";

    private final UpcomingPerformances performances;
    private final BuyerNotices notices;
    private final JdbcClient jdbc;
    private final Duration window;

    PerformanceReminders(UpcomingPerformances performances, BuyerNotices notices, DataSource dataSource,
                         @Value("${admitone.jobs.reminder-window}") Duration window) {
        this.performances = performances;
        this.notices = notices;
        this.jdbc = JdbcClient.create(dataSource);
        this.window = window;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Reminds the buyers of each performance that starts within " + window + " of it, once";
    }

    @Override
    public Schedule schedule() {
        return Schedules.fixedDelay(Duration.ofMinutes(15));
    }

    @Override
    public void run(Instant now) {
        for (UpcomingPerformances.Upcoming upcoming : performances.startingBetween(now, now.plus(window))) {
            if (marked(upcoming, now)) {
                notices.of(new TenantId(upcoming.tenantId())).ifPresent(teller -> remind(upcoming, teller));
            }
        }
    }

    private void remind(UpcomingPerformances.Upcoming upcoming, BuyerNotices.Teller teller) {
        for (UpcomingPerformances.Attendee attendee : performances.attendees(upcoming.performanceId())) {
            teller.tell(attendee.name(), attendee.email(), "performance-reminder", "Soon: " + upcoming.title(),
                    Map.of("event", upcoming.title(), "startsAt", upcoming.startsAt().toString(),
                            "orderId", attendee.orderId().toString()));
        }
    }

    /** Whether this run marked the performance reminded (false when another already had). */
    private boolean marked(UpcomingPerformances.Upcoming upcoming, Instant now) {
        return jdbc.sql("insert into command.performance_reminder (performance_id, tenant_id, reminded_at) "
                        + "values (?, ?, ?) on conflict do nothing")
                .params(upcoming.performanceId(), upcoming.tenantId(), Timestamp.from(now))
                .update() == 1;
    }
}
