package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.finance.Allocation;
import io.admitone.kernel.finance.LedgerKind;
import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.SequencedMap;
import java.util.UUID;

/**
 * Books every movement of money as a balanced transaction in {@code read.ledger_entry}: a paid order as a sale (or an
 * offline payment when staff marked it paid), a refund as a refund, and the refund that cancelling a paid order makes
 * as a cancellation. A refund's amount is divided among the order's ticket types by what each has left to pay back
 * ({@link Allocation}). One segment: ticket types' terms and orders are followed in stream order.
 */
@Component
@ProcessingGroup(LedgerProjection.NAME)
class LedgerProjection {

    static final String NAME = "ledger";

    private final TicketTypeTaxes taxes;
    private final LedgerOrders orders;
    private final LedgerEntries entries;

    LedgerProjection(TicketTypeTaxes taxes, LedgerOrders orders, LedgerEntries entries) {
        this.taxes = taxes;
        this.orders = orders;
        this.entries = entries;
    }

    @EventHandler
    void on(TicketTypeAdded event) {
        taxes.keep(event.tenantId(), event.ticketTypeId(), event.terms());
    }

    @EventHandler
    void on(TicketTypeChanged event) {
        taxes.keep(event.tenantId(), event.ticketTypeId(), event.terms());
    }

    @EventHandler
    void on(OrderPlaced event, TrackingToken token) {
        orders.open(event, position(token));
    }

    @EventHandler
    void on(OrderConfirmed event, EventMessage<?> message, TrackingToken token) {
        long position = position(token);
        orders.before(event.orderId(), position).ifPresent(order -> {
            SequencedMap<TicketTypeId, PriceParts> paid = orders.pay(order);
            LedgerKind kind = event.byStaff() ? LedgerKind.OFFLINE_PAYMENT : LedgerKind.SALE;
            entries.write(new Transaction(id(message), position, event.confirmedAt(), kind, order),
                    Postings.sale(paid));
            orders.applied(order, position, null);
        });
    }

    @EventHandler
    void on(OrderRefunded event, EventMessage<?> message, TrackingToken token) {
        long position = position(token);
        orders.before(event.orderId(), position).ifPresent(order -> {
            SequencedMap<TicketTypeId, PriceParts> shares = Allocation.of(event.amount(), orders.left(order));
            orders.takeBack(order, shares);
            entries.write(new Transaction(id(message), position, event.refundedAt(), LedgerKind.REFUND, order),
                    Postings.refund(shares, event.refund().paidOut()));
            orders.applied(order, position, id(message));
        });
    }

    /** A paid order is cancelled right after the refund of all it had left: that refund was its cancellation. */
    @EventHandler
    void on(OrderCancelled event) {
        orders.lastRefund(event.orderId()).ifPresent(refund -> entries.relabel(refund, LedgerKind.CANCELLATION));
        orders.forget(event.orderId());
    }

    @EventHandler
    void on(OrderExpired event) {
        orders.forget(event.orderId());
    }

    @EventHandler
    void on(OrderPaymentFailed event) {
        orders.forget(event.orderId());
    }

    @ResetHandler
    void reset() {
        entries.clear();
        orders.clear();
        taxes.clear();
    }

    private static UUID id(EventMessage<?> message) {
        return UUID.fromString(message.getIdentifier());
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
