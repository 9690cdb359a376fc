package io.admitone.admin.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.catalog.Times;
import io.admitone.admin.venues.VenueDetail;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** An event's ticket types with their terms: adding one and editing each one's terms. */
class TicketTypesGrid extends Div {

    private final AdmitOneApiClient api;
    private final Runnable changed;
    private final Button add = new Button("Add ticket type");
    private final Grid<EventDetail.TicketType> grid = new Grid<>();
    private EventDetail event;
    private List<Place> places;
    private ZoneId zone;
    private boolean manage;

    TicketTypesGrid(AdmitOneApiClient api, Runnable changed) {
        this.api = api;
        this.changed = changed;
        add.setId("add-ticket-type");
        add.addClickListener(click -> TicketTypeDialog.adding(api, EventDetailView.eventPath(event, "/ticket-types"),
                event, places, zone, changed).open());
        grid.setId("event-ticket-types");
        grid.setAllRowsVisible(true);
        grid.addColumn(EventDetail.TicketType::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(type -> type.price().toString()).setHeader("Price").setAutoWidth(true);
        grid.addColumn(type -> Place.of(type).label()).setHeader("Sells").setAutoWidth(true);
        grid.addColumn(type -> type.minPerOrder() + "–" + type.maxPerOrder()).setHeader("Per order").setAutoWidth(true);
        grid.addColumn(this::salesWindow).setHeader("Sales window").setAutoWidth(true);
        grid.addColumn(TicketTypesGrid::tax).setHeader("Tax").setAutoWidth(true);
        grid.addColumn(TicketTypesGrid::fees).setHeader("Fees").setAutoWidth(true);
        grid.addColumn(type -> type.visible() ? "Yes" : "Staff only").setHeader("Visible").setAutoWidth(true);
        grid.addComponentColumn(this::edit).setHeader("Actions").setKey("actions");
        add(add, grid);
    }

    void show(EventDetail event, VenueDetail venue, boolean manage) {
        this.event = event;
        this.places = Place.of(venue);
        this.zone = venue.zone();
        this.manage = manage;
        add.setVisible(manage);
        grid.setItems(event.ticketTypes());
    }

    private Button edit(EventDetail.TicketType type) {
        Button edit = new Button("Edit terms", click -> TicketTypeDialog.editing(api,
                EventDetailView.eventPath(event, "/ticket-types/" + type.id()), type,
                event.status() == EventStatus.PUBLISHED, places, zone, changed).open());
        edit.setVisible(manage);
        return edit;
    }

    private String salesWindow(EventDetail.TicketType type) {
        if (type.salesFrom() == null && type.salesUntil() == null) {
            return "As the performances";
        }
        return Times.shown(type.salesFrom(), zone) + " – " + Times.shown(type.salesUntil(), zone);
    }

    private static String tax(EventDetail.TicketType type) {
        return percent(type.taxRate()) + (type.taxIncluded() ? " included" : " added");
    }

    private static String fees(EventDetail.TicketType type) {
        Money fixed = type.feeFixed();
        BigDecimal percent = type.feePercent();
        if (fixed == null && percent == null) {
            return "None";
        }
        return (fixed == null ? "" : fixed.toString()) + (fixed != null && percent != null ? " + " : "")
                + (percent == null ? "" : percent(percent));
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
