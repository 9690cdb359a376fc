package io.admitone.query.plugin;

import io.admitone.query.finance.reports.DailySales;
import io.admitone.query.onsale.UnpaidOrders;
import io.admitone.query.reminders.UpcomingPerformances;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read-model readers the server's plugin runtime and scheduled jobs use, which the server imports in every
 * role's process: the command role offers plugins' payment providers and runs the jobs, the projections role sends
 * notifications, the query role shows widgets and choices, while the rest of the query side is only there with the
 * query role.
 */
@Configuration(proxyBeanMethods = false)
public class PluginReadModels {

    @Bean
    PluginChoices pluginChoices(DSLContext db) {
        return new PluginChoices(db);
    }

    @Bean
    OrganisationBrandings organisationBrandings(DSLContext db) {
        return new OrganisationBrandings(db);
    }

    @Bean
    UpcomingPerformances upcomingPerformances(DSLContext db) {
        return new UpcomingPerformances(db);
    }

    @Bean
    UnpaidOrders unpaidOrders(DSLContext db) {
        return new UnpaidOrders(db);
    }

    @Bean
    DailySales dailySales(DSLContext db) {
        return new DailySales(db);
    }
}
