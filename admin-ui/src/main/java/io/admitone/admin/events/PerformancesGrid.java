package io.admitone.admin.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.catalog.Times;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.venues.VenueDetail;
import io.admitone.admin.venues.VenueDetailView;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import org.springframework.http.HttpMethod;

import java.time.ZoneId;

/**
 * An event's performances with their times in the venue's time zone: adding one, and rescheduling, postponing or
 * cancelling each; every performance links to its seat map with the live seat status.
 */
class PerformancesGrid extends Div {

    private final AdmitOneApiClient api;
    private final Runnable changed;
    private final Button add = new Button("Add performance");
    private final Grid<EventDetail.Performance> grid = new Grid<>();
    private EventDetail event;
    private VenueDetail venue;
    private boolean manage;

    PerformancesGrid(AdmitOneApiClient api, Runnable changed) {
        this.api = api;
        this.changed = changed;
        add.setId("add-performance");
        add.addClickListener(click -> PerformanceDialog.adding(api, EventDetailView.eventPath(event, "/performances"),
                venue.zone(), changed).open());
        grid.setId("event-performances");
        grid.setAllRowsVisible(true);
        add(add, grid);
    }

    void show(EventDetail event, VenueDetail venue, boolean manage) {
        this.event = event;
        this.venue = venue;
        this.manage = manage;
        add.setVisible(manage);
        ZoneId zone = venue.zone();
        grid.removeAllColumns();
        grid.addColumn(p -> Times.shown(p.startsAt(), zone)).setHeader("Starts (" + zone + ")").setAutoWidth(true);
        grid.addColumn(p -> Times.shown(p.endsAt(), zone)).setHeader("Ends").setAutoWidth(true);
        grid.addColumn(p -> Times.shown(p.doorsAt(), zone)).setHeader("Doors").setAutoWidth(true);
        grid.addColumn(p -> Times.shown(p.onSaleFrom(), zone) + " – " + Times.shown(p.onSaleUntil(), zone))
                .setHeader("On sale").setAutoWidth(true);
        grid.addComponentColumn(p -> StatusBadge.of(p.status())).setHeader("Status").setKey("status");
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.setItems(event.performances());
    }

    private HorizontalLayout actions(EventDetail.Performance performance) {
        Button seats = new Button("Seat map", click -> getUI().ifPresent(ui -> ui.navigate(VenueDetailView.class,
                new RouteParameters("venueId", venue.id().toString()),
                QueryParameters.of("performance", performance.id().toString()))));
        seats.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(seats);
        if (manage && !performance.cancelled()) {
            actions.add(new Button("Reschedule", click -> PerformanceDialog.rescheduling(api,
                    path(performance, ""), performance, venue.zone(), changed).open()));
            if (performance.status() == PerformanceStatus.SCHEDULED) {
                actions.add(new Button("Postpone", click -> postpone(performance)));
            }
            actions.add(new Button("Cancel", click -> new ReasonDialog(api, "performance",
                    path(performance, "/cancel"), changed).open()));
        }
        return actions;
    }

    private ApiPath path(EventDetail.Performance performance, String rest) {
        return EventDetailView.eventPath(event, "/performances/" + performance.id() + rest);
    }

    private void postpone(EventDetail.Performance performance) {
        try {
            api.send(HttpMethod.POST, path(performance, "/postpone"), null);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
        changed.run();
    }
}
