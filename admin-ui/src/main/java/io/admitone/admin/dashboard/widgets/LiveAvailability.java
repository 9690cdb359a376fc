package io.admitone.admin.dashboard.widgets;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;
import reactor.core.Disposable;
import reactor.core.Disposables;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Upcoming performances with their places left, kept current while shown: each change the server announces is
 * pushed to the browser, without the user asking.
 */
class LiveAvailability extends Div {

    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AvailabilityFeed feed;
    private final UUID organisation;
    private final List<Row> rows;
    private AvailabilityFeed.Connection connection;
    private Disposable.Composite subscriptions = Disposables.composite();

    LiveAvailability(AvailabilityFeed feed, UUID organisation, List<UpcomingPerformances.Upcoming> upcoming) {
        this.feed = feed;
        this.organisation = organisation;
        this.rows = upcoming.stream().map(Row::new).toList();
        addClassName("live-availability");
        rows.forEach(this::add);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        AdminSession.signedInUser().map(SignedInUser::accessToken).ifPresent(token -> {
            connection = feed.connect(token);
            subscriptions = Disposables.composite();
            rows.forEach(row -> subscriptions.add(connection.follow(organisation, row.performance).subscribe(
                    availability -> ui.access(() -> row.show(availability)),
                    failure -> ui.access(() -> row.failed(failure)))));
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscriptions.dispose();
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** One performance: what it is, a bar of the places taken, and the places left in words. */
    private static final class Row extends Div {

        private final UUID performance;
        private final ProgressBar taken = new ProgressBar();
        private final Span figures = new Span("Waiting for live figures…");

        Row(UpcomingPerformances.Upcoming upcoming) {
            this.performance = upcoming.performanceId();
            addClassName("live-availability-row");
            Span name = new Span(upcoming.eventTitle() + ", " + STARTS.format(upcoming.startsAt()));
            name.addClassName("live-availability-name");
            figures.setId("availability-" + performance);
            taken.getElement().setAttribute("aria-label", "Places taken of " + name.getText());
            add(name, taken, figures);
        }

        void show(AvailabilityFeed.Availability availability) {
            int capacity = availability.capacity();
            taken.setValue(capacity == 0 ? 0 : (double) (capacity - availability.available()) / capacity);
            figures.setText(availability.available() + " of " + capacity + " places available");
        }

        void failed(Throwable failure) {
            figures.setText("Live figures are not available: " + failure.getMessage());
        }
    }
}
