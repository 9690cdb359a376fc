package io.admitone.projections.onsale;

import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerErased;
import io.admitone.kernel.personaldata.BuyerVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.ORDER_REFUND;
import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * Writes each order with its status, total, due date, when it was paid and what was refunded (each refund also on
 * its own), and the tickets a confirmed order issued, void once refunded or cancelled. An order's status only changes
 * from an older position, so a redelivered event never undoes a later one. The buyer is opened from the vault; once
 * their key is erased, their orders keep no name or address, and a replay finds no key and writes them so from the
 * start.
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
class OrderProjection {

    static final String NAME = "orders";
    private static final String VALID = "VALID";
    private static final String VOID = "VOID";

    private final DSLContext db;
    private final BuyerVault buyers;

    OrderProjection(DSLContext db, BuyerVault buyers) {
        this.db = db;
        this.buyers = buyers;
    }

    @EventHandler
    void on(OrderPlaced event, TrackingToken token) {
        Optional<Buyer> buyer = buyers.open(event.tenantId(), event.buyer());
        db.insertInto(ORDER)
                .set(ORDER.ORDER_ID, event.orderId().value())
                .set(ORDER.TENANT_ID, event.tenantId().value())
                .set(ORDER.EVENT_ID, event.eventId().value())
                .set(ORDER.PERFORMANCE_ID, event.performanceId().value())
                .set(ORDER.HOLD_ID, event.holdId().value())
                .set(ORDER.BUYER_KEY_ID, event.buyer().keyId().value())
                .set(ORDER.BUYER_NAME, buyer.map(Buyer::name).orElse(null))
                .set(ORDER.BUYER_EMAIL, buyer.map(Buyer::email).orElse(null))
                .set(ORDER.BUYER_ERASED_AT, buyer.isPresent() ? null
                        : buyers.erasedAt(event.tenantId(), event.buyer().keyId()).orElse(null))
                .set(ORDER.PROVIDER, event.payment().provider())
                .set(ORDER.METHOD, event.payment().method())
                .set(ORDER.STATUS, OrderStatus.AWAITING_PAYMENT.name())
                .set(ORDER.NEXT_ACTION, event.nextAction())
                .set(ORDER.TOTAL_AMOUNT, event.total().amount())
                .set(ORDER.CURRENCY, event.total().currency())
                .set(ORDER.TOKEN_HASH, event.tokenHash())
                .set(ORDER.DUE_AT, event.dueAt())
                .set(ORDER.PLACED_AT, event.placedAt())
                .set(ORDER.UPDATED_AT, event.placedAt())
                .set(ORDER.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(OrderConfirmed event, TrackingToken token) {
        long position = position(token);
        db.update(ORDER)
                .set(ORDER.CONFIRMED_AT, event.confirmedAt())
                .where(ORDER.ORDER_ID.eq(event.orderId().value()).and(ORDER.POSITION.lt(position)))
                .execute();
        changeStatus(event.orderId().value(), OrderStatus.CONFIRMED, event.confirmedAt(), position);
        // all tickets in one statement: a replay writes hundreds of thousands of them
        List<IssuedTicket> tickets = event.tickets();
        if (tickets.isEmpty()) {
            return;
        }
        var insert = db.insertInto(TICKET, TICKET.TICKET_ID, TICKET.ORDER_ID, TICKET.TENANT_ID, TICKET.PERFORMANCE_ID,
                TICKET.TICKET_TYPE_ID, TICKET.PLACE, TICKET.SEAT, TICKET.CODE, TICKET.STATUS, TICKET.ISSUED_AT);
        for (int place = 0; place < tickets.size(); place++) {
            IssuedTicket ticket = tickets.get(place);
            insert = insert.values(ticket.ticketId(), event.orderId().value(), event.tenantId().value(),
                    event.performanceId().value(), ticket.ticketTypeId().value(), place, ticket.seat(), ticket.code(),
                    VALID, event.confirmedAt());
        }
        insert.onConflictDoNothing().execute();
    }

    @EventHandler
    void on(OrderPaymentFailed event, TrackingToken token) {
        changeStatus(event.orderId().value(), OrderStatus.PAYMENT_FAILED, event.failedAt(), position(token));
    }

    @EventHandler
    void on(OrderExpired event, TrackingToken token) {
        changeStatus(event.orderId().value(), OrderStatus.EXPIRED, event.expiredAt(), position(token));
    }

    @EventHandler
    void on(OrderCancelled event, TrackingToken token) {
        long position = position(token);
        db.update(ORDER)
                .set(ORDER.CANCEL_REASON, event.reason())
                .where(ORDER.ORDER_ID.eq(event.orderId().value()).and(ORDER.POSITION.lt(position)))
                .execute();
        changeStatus(event.orderId().value(), OrderStatus.CANCELLED, event.cancelledAt(), position);
    }

    /** The amount adds up only from an older position, and a ticket is voided once, so nothing counts twice. */
    @EventHandler
    void on(OrderRefunded event, TrackingToken token) {
        long position = position(token);
        db.update(ORDER)
                .set(ORDER.REFUNDED_AMOUNT, ORDER.REFUNDED_AMOUNT.plus(event.amount().amount()))
                .where(ORDER.ORDER_ID.eq(event.orderId().value()).and(ORDER.POSITION.lt(position)))
                .execute();
        changeStatus(event.orderId().value(), event.status(), event.refundedAt(), position);
        db.insertInto(ORDER_REFUND)
                .set(ORDER_REFUND.REFUND_ID, event.refundId().value())
                .set(ORDER_REFUND.ORDER_ID, event.orderId().value())
                .set(ORDER_REFUND.TENANT_ID, event.tenantId().value())
                .set(ORDER_REFUND.PROVIDER, event.provider())
                .set(ORDER_REFUND.AMOUNT, event.amount().amount())
                .set(ORDER_REFUND.CURRENCY, event.amount().currency())
                .set(ORDER_REFUND.PAID_OUT, event.refund().paidOut())
                .set(ORDER_REFUND.REFUNDED_AT, event.refundedAt())
                .set(ORDER_REFUND.POSITION, position)
                .onConflictDoNothing()
                .execute();
        db.update(TICKET)
                .set(TICKET.STATUS, VOID)
                .set(TICKET.VOIDED_AT, event.refundedAt())
                .where(TICKET.TICKET_ID.in(event.voidedTickets()).and(TICKET.VOIDED_AT.isNull()))
                .execute();
    }

    /**
     * Not guarded by position: an erasure is final, whatever happened to the orders since. In a replay the orders
     * come without a buyer already, the key being gone, and with when it went (the vault keeps that), as this
     * segment may take the erasure before another takes the orders.
     */
    @EventHandler
    void on(BuyerErased event) {
        db.update(ORDER)
                .setNull(ORDER.BUYER_NAME)
                .setNull(ORDER.BUYER_EMAIL)
                .set(ORDER.BUYER_ERASED_AT, event.erasedAt())
                .where(ORDER.TENANT_ID.eq(event.tenantId().value()), ORDER.BUYER_KEY_ID.eq(event.keyId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(ORDER).execute();
        db.truncate(TICKET).execute();
        db.truncate(ORDER_REFUND).execute();
    }

    private void changeStatus(UUID orderId, OrderStatus status, Instant at, long position) {
        db.update(ORDER)
                .set(ORDER.STATUS, status.name())
                .setNull(ORDER.NEXT_ACTION)
                .set(ORDER.UPDATED_AT, at)
                .set(ORDER.POSITION, position)
                .where(ORDER.ORDER_ID.eq(orderId).and(ORDER.POSITION.lt(position)))
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
