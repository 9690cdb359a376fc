package io.admitone.admin.dashboard.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.access.Operation;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.UUID;

/** Places left for the next performances, updated live as holds and sales happen; for those who read the catalog. */
@org.springframework.stereotype.Component
@Order(30)
class LiveAvailabilityWidget implements DashboardWidget {

    static final int SHOWN = 5;

    private final UpcomingPerformances upcoming;
    private final AvailabilityFeed feed;

    LiveAvailabilityWidget(UpcomingPerformances upcoming, AvailabilityFeed feed) {
        this.upcoming = upcoming;
        this.feed = feed;
    }

    @Override
    public String type() {
        return "live-availability";
    }

    @Override
    public String title() {
        return "Live availability";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 2);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.allowedTo(Operation.CATALOG_READ);
    }

    @Override
    public Component create() {
        UUID organisation = AdminSession.requireOrganisation();
        List<UpcomingPerformances.Upcoming> next = upcoming.next(organisation, SHOWN);
        if (next.isEmpty()) {
            return new Paragraph("No performances of published events are coming up.");
        }
        return new LiveAvailability(feed, organisation, next);
    }
}
