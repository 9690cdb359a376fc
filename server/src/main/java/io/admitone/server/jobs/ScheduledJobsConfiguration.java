package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Each job as a recurring db-scheduler task, which the scheduler's auto-configuration picks up. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(Role.COMMAND)
class ScheduledJobsConfiguration {

    @Bean
    RecurringTask<Void> performanceRemindersTask(PerformanceReminders job, Clock clock) {
        return task(job, clock);
    }

    @Bean
    RecurringTask<Void> financeSummariesTask(FinanceSummaries job, Clock clock) {
        return task(job, clock);
    }

    @Bean
    RecurringTask<Void> unpaidOrderExpiryTask(UnpaidOrderExpiry job, Clock clock) {
        return task(job, clock);
    }

    private static RecurringTask<Void> task(ScheduledJob job, Clock clock) {
        return Tasks.recurring(job.name(), job.schedule()).execute((instance, context) -> job.run(clock.instant()));
    }
}
