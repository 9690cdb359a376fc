package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import org.springframework.core.annotation.Order;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The organisation's latest orders, newest first; for those who may read orders. */
@org.springframework.stereotype.Component
@Order(40)
class RecentOrdersWidget implements DashboardWidget {

    static final int SHOWN = 8;
    private static final DateTimeFormatter PLACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecentOrder(UUID orderId, String status, Money total, Buyer buyer, Instant placedAt) {

        String buyerName() {
            return buyer == null ? "(erased)" : buyer.name();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Buyer(String name) {
    }

    private final AdmitOneApiClient api;

    RecentOrdersWidget(AdmitOneApiClient api) {
        this.api = api;
    }

    @Override
    public String type() {
        return "recent-orders";
    }

    @Override
    public String title() {
        return "Recent orders";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 2);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.allowedTo(Operation.ORDERS_READ);
    }

    @Override
    public Component create() {
        Grid<RecentOrder> orders = new Grid<>();
        orders.setId("recent-orders-grid");
        orders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        orders.addColumn(order -> PLACED.format(order.placedAt())).setHeader("Placed");
        orders.addColumn(RecentOrder::buyerName).setHeader("Buyer");
        orders.addColumn(RecentOrder::status).setHeader("Status");
        orders.addColumn(order -> order.total().amount().toPlainString() + " " + order.total().currency())
                .setHeader("Total");
        orders.setItems(api.page(ApiPath.of("/api/v1/orgs/{orgId}/orders", AdminSession.requireOrganisation())
                .with("sort", "-placedAt").with("limit", SHOWN), RecentOrder.class).items());
        orders.setEmptyStateText("No orders yet.");
        orders.setAllRowsVisible(true);
        return orders;
    }
}
