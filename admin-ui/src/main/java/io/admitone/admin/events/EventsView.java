package io.admitone.admin.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.catalog.Times;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.EventStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation's events, filtered by status, title and dates and sorted as the API sorts them, and the way to a
 * new event or an event's page.
 */
@Route(value = "events", layout = AdminLayout.class)
@PageTitle("Events · AdmitOne")
@Requires(Operation.CATALOG_READ)
@StyleSheet("styles/catalog.css")
public class EventsView extends Main {

    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("First performance", "startsAt");
        SORTS.put("Title", "title");
        SORTS.put("Newest first", "-createdAt");
        SORTS.put("Recently changed", "-updatedAt");
    }

    private final Select<EventStatus> status = new Select<>();
    private final TextField title = new TextField("Title contains");
    private final DatePicker from = new DatePicker("Performances from");
    private final DatePicker to = new DatePicker("Performances before");
    private final Select<String> sort = new Select<>();
    private final Grid<EventSummary> grid = new Grid<>();

    public EventsView(AdmitOneApiClient api) {
        addClassName("catalog-screen");
        HorizontalLayout heading = new HorizontalLayout(new H2("Events"));
        heading.addClassName("catalog-heading");
        if (AdminSession.may(Operation.CATALOG_MANAGE)) {
            Button newEvent = new Button("New event", click -> new EventFormDialog(api, null, this::open).open());
            newEvent.setId("new-event");
            newEvent.addThemeVariants(ButtonVariant.PRIMARY);
            heading.add(newEvent);
        }
        configureGrid();
        LazyList<EventSummary> events = LazyList.attach(grid, cursor -> api.page(
                ApiPath.of("/api/v1/orgs/{orgId}/events", AdminSession.requireOrganisation())
                        .with("status", status.getValue()).with("q", title.getValue())
                        .with("from", startOf(from.getValue())).with("to", startOf(to.getValue()))
                        .with("sort", SORTS.get(sort.getValue())).with("cursor", cursor), EventSummary.class));
        add(heading, filters(events), grid);
    }

    private HorizontalLayout filters(LazyList<EventSummary> events) {
        status.setLabel("Status");
        status.setItems(EventStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setItemLabelGenerator(s -> s == null ? "Any" : StatusBadge.of(s).getText());
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setHelperText("Dates in UTC");
        sort.setLabel("Sort by");
        sort.setItems(SORTS.keySet());
        sort.setValue("First performance");
        status.addValueChangeListener(change -> events.reload());
        title.addValueChangeListener(change -> events.reload());
        from.addValueChangeListener(change -> events.reload());
        to.addValueChangeListener(change -> events.reload());
        sort.addValueChangeListener(change -> events.reload());
        HorizontalLayout filters = new HorizontalLayout(status, title, from, to, sort);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("catalog-filters");
        return filters;
    }

    private static String startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private void configureGrid() {
        grid.setId("events-grid");
        // A link per title keeps every event reachable by keyboard, not only by a click on its row.
        grid.addComponentColumn(event -> new RouterLink(event.title(), EventDetailView.class,
                new RouteParameters("eventId", event.id().toString()))).setHeader("Title").setFlexGrow(3);
        grid.addColumn(EventSummary::category).setHeader("Category");
        grid.addComponentColumn(event -> StatusBadge.of(event.status())).setHeader("Status").setKey("status");
        grid.addColumn(event -> Times.shownInUtc(event.firstStartsAt())).setHeader("First performance")
                .setFlexGrow(2);
        grid.addColumn(event -> String.join(", ", event.tags())).setHeader("Tags");
        grid.addItemClickListener(click -> open(click.getItem().id()));
    }

    private void open(UUID event) {
        getUI().ifPresent(ui -> ui.navigate(EventDetailView.class, new RouteParameters("eventId", event.toString())));
    }
}
