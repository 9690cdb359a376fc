package io.admitone.projections.onsale;

import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.ORDER_REFUND;
import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * Writes each order with its status, total, due date, when it was paid and what was refunded (each refund also on
 * its own), and the tickets a confirmed order issued, void once refunded or cancelled. An order's status only changes
 * from an older position, so a redelivered event never undoes a later one.
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
class OrderProjection {

    static final String NAME = "orders";
    private static final String VALID = "VALID";
    private static final String VOID = "VOID";

    private final DSLContext db;

    OrderProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(OrderPlaced event, TrackingToken token) {
        db.insertInto(ORDER)
                .set(ORDER.ORDER_ID, event.orderId().value())
                .set(ORDER.TENANT_ID, event.tenantId().value())
                .set(ORDER.EVENT_ID, event.eventId().value())
                .set(ORDER.PERFORMANCE_ID, event.performanceId().value())
                .set(ORDER.HOLD_ID, event.holdId().value())
                .set(ORDER.BUYER_NAME, event.buyer().name())
                .set(ORDER.BUYER_EMAIL, event.buyer().email())
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
