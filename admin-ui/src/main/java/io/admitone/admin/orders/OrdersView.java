package io.admitone.admin.orders;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
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
import io.admitone.kernel.money.Money;

import java.util.Objects;
import java.util.UUID;

/** The organisation's orders, newest first, narrowed by the API's filters; each opens in {@link OrderDetailView}. */
@Route(value = "orders", layout = AdminLayout.class)
@PageTitle("Orders · AdmitOne")
@Requires(Operation.ORDERS_READ)
@StyleSheet("styles/orders.css")
public class OrdersView extends Main {

    public OrdersView(AdmitOneApiClient api, SalesCatalog catalog) {
        addClassName("orders");
        Times times = catalog.times();
        OrderFilters filters = new OrderFilters(catalog, times);
        Grid<OrderSummary> grid = grid(times);
        UUID organisation = AdminSession.requireOrganisation();
        LazyList<OrderSummary> list = LazyList.attach(grid, cursor -> api.page(
                filters.applyTo(ApiPath.of("/api/v1/orgs/{orgId}/orders", organisation)).with("cursor", cursor),
                OrderSummary.class));
        filters.onChange(list::reload);
        add(new H2("Orders"), filters, grid);
    }

    private static Grid<OrderSummary> grid(Times times) {
        Grid<OrderSummary> grid = new Grid<>();
        grid.setId("orders-grid");
        grid.setAriaLabel("Orders");
        grid.addComponentColumn(order -> new RouterLink(order.buyerShown(), OrderDetailView.class,
                        detailOf(order.orderId())))
                .setHeader("Buyer").setFlexGrow(3);
        grid.addColumn(order -> times.of(order.placedAt())).setHeader("Placed").setFlexGrow(2);
        grid.addComponentColumn(order -> new StatusBadge(order.status())).setHeader("Status");
        grid.addColumn(order -> Objects.toString(order.total(), "")).setHeader("Total");
        grid.addColumn(order -> refunded(order.refunded())).setHeader("Refunded");
        grid.addItemClickListener(click ->
                UI.getCurrent().navigate(OrderDetailView.class, detailOf(click.getItem().orderId())));
        return grid;
    }

    static RouteParameters detailOf(UUID orderId) {
        return new RouteParameters(OrderDetailView.ORDER_ID, orderId.toString());
    }

    private static String refunded(Money refunded) {
        return refunded == null || refunded.amount().signum() == 0 ? "" : refunded.toString();
    }
}
