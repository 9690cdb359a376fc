package io.admitone.server.finance.recount;

import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.finance.reports.SalesMovement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An organisation's books as its events, taken in stream order, make them: each ticket type's terms as they stand,
 * each order's money, and every sale (at its confirmation) and refund as movements of money per ticket type.
 */
final class SalesBooks {

    /** The only events that move money or set the terms it divides by. */
    static final Set<Class<?>> EVENTS = Set.of(TicketTypeAdded.class, TicketTypeChanged.class, OrderPlaced.class,
            OrderConfirmed.class, OrderRefunded.class);

    private final TenantId tenant;
    private final Consumer<SalesMovement> movements;
    private final Map<TicketTypeId, TicketTypeTerms> terms = new HashMap<>();
    private final Map<OrderId, OrderBook> orders = new HashMap<>();

    SalesBooks(TenantId tenant, Consumer<SalesMovement> movements) {
        this.tenant = tenant;
        this.movements = movements;
    }

    void on(Object event) {
        switch (event) {
            case TicketTypeAdded added when ours(added.tenantId()) -> terms.put(added.ticketTypeId(), added.terms());
            case TicketTypeChanged changed when ours(changed.tenantId()) ->
                    terms.put(changed.ticketTypeId(), changed.terms());
            case OrderPlaced placed when ours(placed.tenantId()) -> orders.put(placed.orderId(), new OrderBook(placed));
            case OrderConfirmed confirmed when ours(confirmed.tenantId()) ->
                    record(order(confirmed.orderId()).confirm(confirmed.confirmedAt(), this::termsOf));
            case OrderRefunded refunded when ours(refunded.tenantId()) ->
                    record(order(refunded.orderId()).refund(refunded.amount(), refunded.refundedAt()));
            default -> {
            }
        }
    }

    private boolean ours(TenantId of) {
        return tenant.equals(of);
    }

    private void record(List<SalesMovement> moved) {
        moved.forEach(movements);
    }

    private OrderBook order(OrderId id) {
        OrderBook order = orders.get(id);
        if (order == null) {
            throw new IllegalStateException("The event store holds money of order " + id + " before its placing");
        }
        return order;
    }

    private TicketTypeTerms termsOf(TicketTypeId id) {
        TicketTypeTerms its = terms.get(id);
        if (its == null) {
            throw new IllegalStateException("The event store sells ticket type " + id + " before adding it");
        }
        return its;
    }
}
