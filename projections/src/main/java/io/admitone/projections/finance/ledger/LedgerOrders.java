package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.OrderPlaced;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ORDER;
import static io.admitone.schema.jooq.Tables.LEDGER_ORDER_PART;
import static io.admitone.schema.jooq.Tables.LEDGER_ORDER_PLACE;
import static io.admitone.schema.jooq.Tables.LEDGER_TICKET_TYPE;

/**
 * What the ledger keeps of each order: who it is for and how it pays, its places until it is paid, then each ticket
 * type's parts not paid back yet. Each order remembers the stream position of its last event applied here, and an
 * event at or before it is not applied again.
 */
@Component
class LedgerOrders {

    private final DSLContext db;

    LedgerOrders(DSLContext db) {
        this.db = db;
    }

    void open(OrderPlaced placed, long position) {
        db.insertInto(LEDGER_ORDER)
                .set(LEDGER_ORDER.ORDER_ID, placed.orderId().value())
                .set(LEDGER_ORDER.TENANT_ID, placed.tenantId().value())
                .set(LEDGER_ORDER.EVENT_ID, placed.eventId().value())
                .set(LEDGER_ORDER.PERFORMANCE_ID, placed.performanceId().value())
                .set(LEDGER_ORDER.PROVIDER, placed.payment().provider())
                .set(LEDGER_ORDER.CURRENCY, placed.total().currency())
                .set(LEDGER_ORDER.POSITION, position)
                .onConflictDoNothing()
                .execute();
        List<HoldLine> lines = placed.lines();
        var insert = db.insertInto(LEDGER_ORDER_PLACE, LEDGER_ORDER_PLACE.ORDER_ID, LEDGER_ORDER_PLACE.PLACE,
                LEDGER_ORDER_PLACE.TENANT_ID, LEDGER_ORDER_PLACE.TICKET_TYPE_ID, LEDGER_ORDER_PLACE.PRICE);
        for (int place = 0; place < lines.size(); place++) {
            HoldLine line = lines.get(place);
            insert = insert.values(placed.orderId().value(), place, placed.tenantId().value(),
                    line.ticketTypeId().value(), line.price().amount());
        }
        insert.onConflictDoNothing().execute();
    }

    /** The order, unless it is unknown here or this position's event was applied to it already. */
    Optional<LedgerOrder> before(OrderId orderId, long position) {
        return db.select(LEDGER_ORDER.ORDER_ID, LEDGER_ORDER.TENANT_ID, LEDGER_ORDER.EVENT_ID,
                        LEDGER_ORDER.PERFORMANCE_ID, LEDGER_ORDER.PROVIDER, LEDGER_ORDER.CURRENCY)
                .from(LEDGER_ORDER)
                .where(LEDGER_ORDER.ORDER_ID.eq(orderId.value()).and(LEDGER_ORDER.POSITION.lt(position)))
                .fetchOptional(Records.mapping(LedgerOrder::new));
    }

    /**
     * The parts of what the order paid, per ticket type in the order of its places, under each ticket type's terms
     * now; kept as what is left to pay back, and the places are no longer needed.
     */
    SequencedMap<TicketTypeId, PriceParts> pay(LedgerOrder order) {
        SequencedMap<TicketTypeId, PriceParts> paid = new LinkedHashMap<>();
        db.select(LEDGER_ORDER_PLACE.TICKET_TYPE_ID, LEDGER_ORDER_PLACE.PRICE, LEDGER_TICKET_TYPE.TICKET_TYPE_ID,
                        LEDGER_TICKET_TYPE.TAX_RATE, LEDGER_TICKET_TYPE.FEE_FIXED_AMOUNT,
                        LEDGER_TICKET_TYPE.FEE_CURRENCY, LEDGER_TICKET_TYPE.FEE_PERCENT)
                .from(LEDGER_ORDER_PLACE)
                .leftJoin(LEDGER_TICKET_TYPE)
                .on(LEDGER_TICKET_TYPE.TICKET_TYPE_ID.eq(LEDGER_ORDER_PLACE.TICKET_TYPE_ID))
                .where(LEDGER_ORDER_PLACE.ORDER_ID.eq(order.orderId()))
                .orderBy(LEDGER_ORDER_PLACE.PLACE)
                .forEach(place -> paid.merge(new TicketTypeId(place.get(LEDGER_ORDER_PLACE.TICKET_TYPE_ID)),
                        parts(place, order.currency()), PriceParts::plus));
        int ordinal = 0;
        for (Map.Entry<TicketTypeId, PriceParts> entry : paid.entrySet()) {
            PriceParts parts = entry.getValue();
            db.insertInto(LEDGER_ORDER_PART)
                    .set(LEDGER_ORDER_PART.ORDER_ID, order.orderId())
                    .set(LEDGER_ORDER_PART.TICKET_TYPE_ID, entry.getKey().value())
                    .set(LEDGER_ORDER_PART.TENANT_ID, order.tenantId())
                    .set(LEDGER_ORDER_PART.ORDINAL, ordinal++)
                    .set(LEDGER_ORDER_PART.NET_LEFT, parts.net().amount())
                    .set(LEDGER_ORDER_PART.TAX_LEFT, parts.tax().amount())
                    .set(LEDGER_ORDER_PART.FEE_LEFT, parts.fee().amount())
                    .onConflictDoNothing()
                    .execute();
        }
        db.deleteFrom(LEDGER_ORDER_PLACE).where(LEDGER_ORDER_PLACE.ORDER_ID.eq(order.orderId())).execute();
        return paid;
    }

    /** Each ticket type's parts not paid back yet, in the order's order of ticket types. */
    SequencedMap<TicketTypeId, PriceParts> left(LedgerOrder order) {
        SequencedMap<TicketTypeId, PriceParts> left = new LinkedHashMap<>();
        db.selectFrom(LEDGER_ORDER_PART)
                .where(LEDGER_ORDER_PART.ORDER_ID.eq(order.orderId()))
                .orderBy(LEDGER_ORDER_PART.ORDINAL)
                .forEach(part -> left.put(new TicketTypeId(part.getTicketTypeId()), new PriceParts(
                        new Money(part.getNetLeft(), order.currency()), new Money(part.getTaxLeft(), order.currency()),
                        new Money(part.getFeeLeft(), order.currency()))));
        return left;
    }

    void takeBack(LedgerOrder order, SequencedMap<TicketTypeId, PriceParts> shares) {
        shares.forEach((ticketType, share) -> db.update(LEDGER_ORDER_PART)
                .set(LEDGER_ORDER_PART.NET_LEFT, LEDGER_ORDER_PART.NET_LEFT.minus(share.net().amount()))
                .set(LEDGER_ORDER_PART.TAX_LEFT, LEDGER_ORDER_PART.TAX_LEFT.minus(share.tax().amount()))
                .set(LEDGER_ORDER_PART.FEE_LEFT, LEDGER_ORDER_PART.FEE_LEFT.minus(share.fee().amount()))
                .where(LEDGER_ORDER_PART.ORDER_ID.eq(order.orderId())
                        .and(LEDGER_ORDER_PART.TICKET_TYPE_ID.eq(ticketType.value())))
                .execute());
    }

    /** The order's event at {@code position} is applied; {@code refund} names it when it was a refund. */
    void applied(LedgerOrder order, long position, UUID refund) {
        db.update(LEDGER_ORDER)
                .set(LEDGER_ORDER.POSITION, position)
                .set(LEDGER_ORDER.LAST_REFUND_ID, refund)
                .where(LEDGER_ORDER.ORDER_ID.eq(order.orderId()))
                .execute();
    }

    Optional<UUID> lastRefund(OrderId orderId) {
        return db.select(LEDGER_ORDER.LAST_REFUND_ID).from(LEDGER_ORDER)
                .where(LEDGER_ORDER.ORDER_ID.eq(orderId.value()))
                .fetchOptional(LEDGER_ORDER.LAST_REFUND_ID);
    }

    /** An order that ended moves no more money: what was kept of it goes. */
    void forget(OrderId orderId) {
        db.deleteFrom(LEDGER_ORDER_PLACE).where(LEDGER_ORDER_PLACE.ORDER_ID.eq(orderId.value())).execute();
        db.deleteFrom(LEDGER_ORDER_PART).where(LEDGER_ORDER_PART.ORDER_ID.eq(orderId.value())).execute();
        db.deleteFrom(LEDGER_ORDER).where(LEDGER_ORDER.ORDER_ID.eq(orderId.value())).execute();
    }

    void clear() {
        db.truncate(LEDGER_ORDER_PART).execute();
        db.truncate(LEDGER_ORDER_PLACE).execute();
        db.truncate(LEDGER_ORDER).execute();
    }

    /** A place's parts under its ticket type's terms; a ticket type the ledger never saw is a gap in the stream. */
    private static PriceParts parts(Record place, String currency) {
        if (place.get(LEDGER_TICKET_TYPE.TICKET_TYPE_ID) == null) {
            throw new IllegalStateException("No terms of ticket type " + place.get(LEDGER_ORDER_PLACE.TICKET_TYPE_ID)
                    + " before its sale");
        }
        String feeCurrency = place.get(LEDGER_TICKET_TYPE.FEE_CURRENCY);
        Money feeFixed = feeCurrency == null ? null
                : new Money(place.get(LEDGER_TICKET_TYPE.FEE_FIXED_AMOUNT), feeCurrency);
        return PriceParts.of(new Money(place.get(LEDGER_ORDER_PLACE.PRICE), currency),
                place.get(LEDGER_TICKET_TYPE.TAX_RATE), feeFixed, place.get(LEDGER_TICKET_TYPE.FEE_PERCENT));
    }
}
