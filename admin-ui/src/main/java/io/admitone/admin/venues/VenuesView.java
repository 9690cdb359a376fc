package io.admitone.admin.venues;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.kernel.access.Operation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The organisation's venues, filtered by name and city, and the way to a new venue or a venue's seat map. */
@Route(value = "venues", layout = AdminLayout.class)
@PageTitle("Venues · AdmitOne")
@Requires(Operation.CATALOG_READ)
@StyleSheet("styles/catalog.css")
public class VenuesView extends Main {

    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("Name", "name");
        SORTS.put("Newest first", "-createdAt");
        SORTS.put("Largest first", "-capacity");
    }

    private final TextField name = new TextField("Name contains");
    private final TextField city = new TextField("In city");
    private final Select<String> sort = new Select<>();
    private final Grid<VenueSummary> grid = new Grid<>();

    public VenuesView(AdmitOneApiClient api) {
        addClassName("catalog-screen");
        HorizontalLayout heading = new HorizontalLayout(new H2("Venues"));
        heading.addClassName("catalog-heading");
        if (AdminSession.may(Operation.CATALOG_MANAGE)) {
            Button newVenue = new Button("New venue", click -> new NewVenueDialog(api, this::open).open());
            newVenue.setId("new-venue");
            newVenue.addThemeVariants(ButtonVariant.PRIMARY);
            heading.add(newVenue);
        }
        configureGrid();
        LazyList<VenueSummary> venues = LazyList.attach(grid, cursor -> api.page(
                ApiPath.of("/api/v1/orgs/{orgId}/venues", AdminSession.requireOrganisation())
                        .with("q", name.getValue()).with("city", city.getValue())
                        .with("sort", SORTS.get(sort.getValue())).with("cursor", cursor), VenueSummary.class));
        add(heading, filters(venues), grid);
    }

    private HorizontalLayout filters(LazyList<VenueSummary> venues) {
        for (TextField filter : new TextField[] {name, city}) {
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> venues.reload());
        }
        sort.setLabel("Sort by");
        sort.setItems(SORTS.keySet());
        sort.setValue("Name");
        sort.addValueChangeListener(change -> venues.reload());
        HorizontalLayout filters = new HorizontalLayout(name, city, sort);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("catalog-filters");
        return filters;
    }

    private void configureGrid() {
        grid.setId("venues-grid");
        // A link per name keeps every venue reachable by keyboard, not only by a click on its row.
        grid.addComponentColumn(venue -> new RouterLink(venue.name(), VenueDetailView.class,
                new RouteParameters("venueId", venue.id().toString()))).setHeader("Name").setFlexGrow(2);
        grid.addColumn(VenueSummary::city).setHeader("City");
        grid.addColumn(VenueSummary::timeZone).setHeader("Time zone");
        grid.addColumn(VenueSummary::seatCount).setHeader("Seats");
        grid.addColumn(VenueSummary::capacity).setHeader("Capacity");
        grid.addItemClickListener(click -> open(click.getItem().id()));
    }

    private void open(UUID venue) {
        getUI().ifPresent(ui -> ui.navigate(VenueDetailView.class, new RouteParameters("venueId", venue.toString())));
    }
}
