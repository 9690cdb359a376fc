package io.admitone.query.onsale;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.TicketPass;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * An order with its tickets, each with its signed QR payload: for the buyer with the order's token, or for staff
 * allowed to read orders; to anyone else there is no such order.
 */
@Component
public class OrderReader {

    /** A void ticket gets no pass: a scanner offline could not tell that it no longer admits. */
    private static final String VOID = "VOID";

    private final BuyerOrStaff reads;
    private final TicketPassSigner passes;

    OrderReader(BuyerOrStaff reads, TicketPassSigner passes) {
        this.reads = reads;
        this.passes = passes;
    }

    /** The order; {@code token} is the buyer's order token, or null for staff. */
    public Mono<OrderView> order(Caller caller, TenantId tenant, UUID orderId, String token) {
        return reads.read(caller, tenant, token, "order " + orderId, db -> find(db, tenant, orderId));
    }

    private BuyerOrStaff.Guarded<OrderView> find(DSLContext db, TenantId tenant, UUID orderId) {
        return db.select(ORDER.ORDER_ID, ORDER.STATUS, ORDER.NEXT_ACTION, ORDER.TOTAL_AMOUNT, ORDER.REFUNDED_AMOUNT,
                        ORDER.CURRENCY, ORDER.DUE_AT, ORDER.BUYER_NAME, ORDER.BUYER_EMAIL, ORDER.TOKEN_HASH,
                        ORDER.EVENT_ID)
                .from(ORDER)
                .where(ORDER.TENANT_ID.eq(tenant.value()), ORDER.ORDER_ID.eq(orderId))
                .fetchOptional(Records.mapping((id, status, nextAction, amount, refunded, currency, dueAt, name, email,
                                                hash, event) ->
                        new BuyerOrStaff.Guarded<>(new OrderView(id, status, nextAction, new Money(amount, currency),
                                new Money(refunded, currency), dueAt, OrderView.BuyerView.of(name, email), name == null,
                                tickets(db, tenant, new EventId(event), id)), hash)))
                .orElse(null);
    }

    private List<OrderView.TicketView> tickets(DSLContext db, TenantId tenant, EventId event, UUID orderId) {
        return db.select(TICKET.TICKET_ID, TICKET.CODE, TICKET.TICKET_TYPE_ID, TICKET.SEAT, TICKET.STATUS,
                        TICKET.USED_AT, TICKET.PERFORMANCE_ID, TICKET.ISSUED_AT)
                .from(TICKET)
                .where(TICKET.ORDER_ID.eq(orderId))
                .orderBy(TICKET.PLACE)
                .fetch(Records.mapping((id, code, type, seat, status, usedAt, performance, issuedAt) ->
                        new OrderView.TicketView(id, code, type, seat, status, usedAt, VOID.equals(status) ? null
                                : passes.sign(new TicketPass(tenant, event, new PerformanceId(performance),
                                        new OrderId(orderId), id, new TicketTypeId(type), seat, code, issuedAt)))));
    }
}
