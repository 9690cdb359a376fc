package io.admitone.projections.onsale;

import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlaced;
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
import java.util.stream.IntStream;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * Writes each order with its status and total, and the tickets a confirmed order issued. An order's status only
 * changes from an older position, so a redelivered event never undoes a later one.
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
class OrderProjection {

    static final String NAME = "orders";
    private static final String VALID = "VALID";

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
                .set(ORDER.PLACED_AT, event.placedAt())
                .set(ORDER.UPDATED_AT, event.placedAt())
                .set(ORDER.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(OrderConfirmed event, TrackingToken token) {
        changeStatus(event.orderId().value(), OrderStatus.CONFIRMED, event.confirmedAt(), position(token));
        List<IssuedTicket> tickets = event.tickets();
        IntStream.range(0, tickets.size()).forEach(place -> db.insertInto(TICKET)
                .set(TICKET.TICKET_ID, tickets.get(place).ticketId())
                .set(TICKET.ORDER_ID, event.orderId().value())
                .set(TICKET.TENANT_ID, event.tenantId().value())
                .set(TICKET.PERFORMANCE_ID, event.performanceId().value())
                .set(TICKET.TICKET_TYPE_ID, tickets.get(place).ticketTypeId().value())
                .set(TICKET.PLACE, place)
                .set(TICKET.SEAT, tickets.get(place).seat())
                .set(TICKET.CODE, tickets.get(place).code())
                .set(TICKET.STATUS, VALID)
                .set(TICKET.ISSUED_AT, event.confirmedAt())
                .onConflictDoNothing()
                .execute());
    }

    @EventHandler
    void on(OrderPaymentFailed event, TrackingToken token) {
        changeStatus(event.orderId().value(), OrderStatus.PAYMENT_FAILED, event.failedAt(), position(token));
    }

    @ResetHandler
    void reset() {
        db.truncate(ORDER).execute();
        db.truncate(TICKET).execute();
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
