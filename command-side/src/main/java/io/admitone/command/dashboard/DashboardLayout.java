package io.admitone.command.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutId;
import io.admitone.kernel.dashboard.DashboardLayoutRules;
import io.admitone.kernel.dashboard.DashboardLayoutSaved;
import io.admitone.kernel.dashboard.DashboardWidget;
import io.admitone.kernel.dashboard.SaveDashboardLayoutCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One staff member's dashboard layout in one organisation. The first save creates it; a save of the layout it already
 * holds records nothing, so that saving again does not fill the organisation's audit trail.
 */
@Aggregate(cache = "aggregateCache")
class DashboardLayout {

    @AggregateIdentifier
    private DashboardLayoutId layoutId;
    private List<DashboardWidget> widgets;

    DashboardLayout() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SaveDashboardLayoutCommand command, Clock clock) {
        DashboardLayoutRules.problemWith(command.widgets()).ifPresent(problem -> {
            throw new InvalidDashboardLayout(problem);
        });
        if (!command.widgets().equals(widgets)) {
            apply(new DashboardLayoutSaved(command.tenantId(), command.userId(), command.widgets(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(DashboardLayoutSaved event) {
        layoutId = event.layoutId();
        widgets = event.widgets();
    }
}
