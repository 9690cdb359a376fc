package io.admitone.admin.venues;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One venue: its details, its sections and its seat map, drawn by price zone or, for a chosen performance, by the
 * live status of each seat. {@code ?performance=<id>} opens it on that performance.
 */
@Route(value = "venues/:venueId", layout = AdminLayout.class)
@PageTitle("Venue · AdmitOne")
@Requires(Operation.CATALOG_READ)
@StyleSheet("styles/catalog.css")
public class VenueDetailView extends Main implements BeforeEnterObserver {

    private final AdmitOneApiClient api;
    private final H2 title = new H2("Venue");
    private final Paragraph summary = new Paragraph();
    private final Grid<VenueDetail.Section> sections = new Grid<>();
    private final Select<String> section = new Select<>();
    private final ComboBox<VenuePerformance> performance = new ComboBox<>("Seat status in performance");
    private final SeatMapDrawing drawing = new SeatMapDrawing();
    private SeatPlan venuePlan;
    private SeatPlan shownPlan;

    public VenueDetailView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("catalog-screen");
        summary.setId("venue-summary");
        configureSections();
        section.setLabel("Section");
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption("All sections");
        section.setId("seat-map-section");
        section.addValueChangeListener(change -> redraw());
        performance.setId("seat-map-performance");
        performance.setClearButtonVisible(true);
        performance.setPlaceholder("None: colour by price zone");
        performance.setWidth("28rem");
        performance.addValueChangeListener(change -> showPerformance(change.getValue()));
        HorizontalLayout controls = new HorizontalLayout(section, performance);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, summary, sections, new H3("Seat map"), controls, drawing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID venueId = UUID.fromString(event.getRouteParameters().get("venueId").orElseThrow());
        Optional<UUID> chosen = event.getLocation().getQueryParameters().getSingleParameter("performance")
                .map(UUID::fromString);
        UUID organisation = AdminSession.requireOrganisation();
        try {
            VenueDetail venue = api.get(ApiPath.of("/api/v1/orgs/{orgId}/venues/{venueId}", organisation, venueId),
                    VenueDetail.class);
            venuePlan = api.get(ApiPath.of("/api/v1/orgs/{orgId}/venues/{venueId}/seats", organisation, venueId),
                    SeatPlan.class);
            show(venue);
            List<VenuePerformance> performances = VenuePerformance.at(api, organisation, venueId);
            performance.setItems(performances);
            performance.setItemLabelGenerator(p -> p.label(venue.zone()));
            chosen.flatMap(id -> performances.stream().filter(p -> p.id().equals(id)).findFirst())
                    .ifPresentOrElse(performance::setValue, () -> showPerformance(null));
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void show(VenueDetail venue) {
        title.setText(venue.name());
        summary.setText(Stream.of(venue.city(), venue.address(), venue.timeZone(), venue.seatCount() + " seats",
                "capacity " + venue.capacity()).filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        sections.setItems(venue.sections());
        section.setItems(venue.sections().stream().filter(s -> s.kind() == SectionKind.SEATED)
                .map(VenueDetail.Section::name).toList());
    }

    private void showPerformance(VenuePerformance chosen) {
        try {
            shownPlan = chosen == null ? venuePlan : api.get(ApiPath.of(
                    "/api/v1/orgs/{orgId}/performances/{performanceId}/seats", AdminSession.requireOrganisation(),
                    chosen.id()), SeatPlan.class);
            redraw();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void redraw() {
        if (shownPlan != null) {
            boolean byStatus = shownPlan != venuePlan;
            drawing.draw(shownPlan, section.getValue(),
                    byStatus ? SeatColouring.byStatus() : SeatColouring.byZone(shownPlan));
        }
    }

    private void configureSections() {
        sections.setId("venue-sections");
        sections.setAllRowsVisible(true);
        sections.addColumn(VenueDetail.Section::name).setHeader("Section");
        sections.addColumn(s -> s.kind() == SectionKind.SEATED ? "Seated" : "Standing").setHeader("Kind");
        sections.addColumn(s -> String.join(", ", s.priceZones())).setHeader("Price zones");
        sections.addColumn(VenueDetail.Section::rowCount).setHeader("Rows");
        sections.addColumn(VenueDetail.Section::seatCount).setHeader("Seats");
        sections.addColumn(VenueDetail.Section::capacity).setHeader("Capacity");
    }
}
