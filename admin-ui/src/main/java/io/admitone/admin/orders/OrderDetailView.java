package io.admitone.admin.orders;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.access.Operation;

import java.util.UUID;

/** One order: its state, money, buyer and tickets, and for those who manage orders what can be done to it. */
@Route(value = "orders/:" + OrderDetailView.ORDER_ID, layout = AdminLayout.class)
@PageTitle("Order · AdmitOne")
@Requires(Operation.ORDERS_READ)
@StyleSheet("styles/orders.css")
public class OrderDetailView extends Main implements BeforeEnterObserver {

    static final String ORDER_ID = "orderId";

    private final AdmitOneApiClient api;
    private final SalesCatalog catalog;
    private final Times times;
    private UUID orderId;

    public OrderDetailView(AdmitOneApiClient api, SalesCatalog catalog) {
        this.api = api;
        this.catalog = catalog;
        this.times = catalog.times();
        addClassName("order-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            orderId = UUID.fromString(event.getRouteParameters().get(ORDER_ID).orElseThrow());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        add(new RouterLink("All orders", OrdersView.class), new H2("Order " + orderId.toString().substring(0, 8)));
        try {
            OrderDetail order = api.get(ApiPath.of("/api/v1/orgs/{orgId}/orders/{orderId}",
                    AdminSession.requireOrganisation(), orderId), OrderDetail.class);
            OrderContext context = catalog.contextOf(orderId);
            add(facts(order, context));
            if (AdminSession.may(Operation.ORDERS_MANAGE)) {
                add(new OrderActions(api, order, context, this::show));
            }
            add(new H3("Tickets"), tickets(order, context));
        } catch (AdmitOneApiException e) {
            if (e.status() == 404) {
                add(new Paragraph("There is no such order in this organisation, or it is not readable yet."));
            } else {
                Problems.show(e);
            }
        }
    }

    private DescriptionList facts(OrderDetail order, OrderContext context) {
        DescriptionList facts = new DescriptionList();
        facts.setId("order-facts");
        fact(facts, "Status", new StatusBadge(order.status()));
        context.performanceShown().ifPresent(p -> fact(facts, "Performance", new Span(p.shown(times))));
        Span buyer = new Span(order.buyerShown());
        buyer.setId("order-buyer");
        fact(facts, "Buyer", buyer);
        fact(facts, "Total", new Span(order.total().toString()));
        Span refunded = new Span(order.refunded() == null ? "" : order.refunded().toString());
        refunded.setId("order-refunded");
        fact(facts, "Refunded", refunded);
        if (order.dueAt() != null) {
            fact(facts, "Payment due", new Span(times.of(order.dueAt())));
        }
        if (order.nextAction() != null) {
            fact(facts, "Waiting for the buyer to", new Span(order.nextAction().replace('-', ' ')));
        }
        return facts;
    }

    private static void fact(DescriptionList facts, String term, Component description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Grid<OrderTicket> tickets(OrderDetail order, OrderContext context) {
        Grid<OrderTicket> grid = new Grid<>();
        grid.setId("order-tickets");
        grid.setAriaLabel("Tickets");
        grid.addColumn(OrderTicket::code).setHeader("Code").setFlexGrow(3).setPartNameGenerator(t -> "ticket-code");
        grid.addColumn(context::ticketTypeName).setHeader("Ticket type");
        grid.addColumn(OrderTicket::place).setHeader("Place");
        grid.addColumn(OrderTicket::status).setHeader("Status");
        grid.addColumn(ticket -> times.of(ticket.usedAt())).setHeader("Let in");
        grid.setItems(order.tickets());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tickets: they are issued once the order is paid.");
        return grid;
    }
}
