package io.admitone.admin.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.venues.VenueDetail;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.EventStatus;
import org.springframework.http.HttpMethod;

import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event: its details and status, publishing and cancelling it, and its performances and ticket types. The
 * controls that change it are offered only to those whose roles may manage the catalog, and not once it is cancelled.
 */
@Route(value = "events/:eventId", layout = AdminLayout.class)
@PageTitle("Event · AdmitOne")
@Requires(Operation.CATALOG_READ)
@StyleSheet("styles/catalog.css")
public class EventDetailView extends Main implements BeforeEnterObserver {

    private final AdmitOneApiClient api;
    private final H2 title = new H2("Event");
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph description = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final PerformancesGrid performances;
    private final TicketTypesGrid ticketTypes;
    private UUID eventId;

    public EventDetailView(AdmitOneApiClient api) {
        this.api = api;
        this.performances = new PerformancesGrid(api, this::reload);
        this.ticketTypes = new TicketTypesGrid(api, this::reload);
        addClassName("catalog-screen");
        summary.setId("event-summary");
        status.setId("event-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, summary, description, actions, new H3("Performances"), performances,
                new H3("Ticket types"), ticketTypes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = UUID.fromString(event.getRouteParameters().get("eventId").orElseThrow());
        reload();
    }

    private void reload() {
        UUID organisation = AdminSession.requireOrganisation();
        try {
            EventDetail event = api.get(ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}", organisation, eventId),
                    EventDetail.class);
            VenueDetail venue = api.get(ApiPath.of("/api/v1/orgs/{orgId}/venues/{venueId}", organisation,
                    event.venueId()), VenueDetail.class);
            show(event, venue);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void show(EventDetail event, VenueDetail venue) {
        title.setText(event.title());
        status.removeAll();
        status.add(StatusBadge.of(event.status()));
        summary.setText(Stream.of(event.category(), venue.name(), String.join(", ", event.tags()), event.imageUrl())
                .filter(Objects::nonNull).filter(text -> !text.isBlank()).collect(Collectors.joining(" · ")));
        description.setText(Objects.requireNonNullElse(event.description(), ""));
        description.setVisible(event.description() != null);
        boolean manage = AdminSession.may(Operation.CATALOG_MANAGE) && !event.cancelled();
        showActions(event, manage);
        performances.show(event, venue, manage);
        ticketTypes.show(event, venue, manage);
    }

    private void showActions(EventDetail event, boolean manage) {
        actions.removeAll();
        actions.setVisible(manage);
        if (!manage) {
            return;
        }
        Button edit = new Button("Edit details", click -> new EventFormDialog(api, event, id -> reload()).open());
        edit.setId("edit-event");
        Button cancel = new Button("Cancel event", click -> new ReasonDialog(api, "event",
                eventPath(event, "/cancel"), this::reload).open());
        cancel.setId("cancel-event");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        actions.add(edit);
        if (event.status() == EventStatus.DRAFT) {
            Button publish = new Button("Publish", click -> publish(event));
            publish.setId("publish-event");
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.setDisableOnClick(true);
            actions.add(publish);
        }
        actions.add(cancel);
    }

    private void publish(EventDetail event) {
        try {
            api.send(HttpMethod.POST, eventPath(event, "/publish"), null);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
        reload();
    }

    static ApiPath eventPath(EventDetail event, String rest) {
        return ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}" + rest, AdminSession.requireOrganisation(),
                event.id());
    }
}
