package io.admitone.projections.catalog.event;

import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.util.HashMap;
import java.util.Map;

import static io.admitone.schema.jooq.Tables.TICKET_TYPE;

/** The rows of {@code read.ticket_type}: a ticket type's terms spread over columns. */
class TicketTypeRows {

    private final DSLContext db;

    TicketTypeRows(DSLContext db) {
        this.db = db;
    }

    void insert(TicketTypeAdded event, long position) {
        db.insertInto(TICKET_TYPE)
                .set(TICKET_TYPE.TICKET_TYPE_ID, event.ticketTypeId().value())
                .set(TICKET_TYPE.TENANT_ID, event.tenantId().value())
                .set(TICKET_TYPE.EVENT_ID, event.eventId().value())
                .set(TICKET_TYPE.POSITION, position)
                .set(columns(event.terms()))
                .onConflict(TICKET_TYPE.TICKET_TYPE_ID).doNothing()
                .execute();
    }

    /** Replaces every term of a row older than the event. */
    void update(TicketTypeChanged event, long position) {
        db.update(TICKET_TYPE)
                .set(TICKET_TYPE.POSITION, position)
                .set(columns(event.terms()))
                .where(TICKET_TYPE.TICKET_TYPE_ID.eq(event.ticketTypeId().value())
                        .and(TICKET_TYPE.POSITION.lt(position)))
                .execute();
    }

    /** Every column of the terms, nulls included, so that an update clears what the new terms leave out. */
    private static Map<Field<?>, Object> columns(TicketTypeTerms terms) {
        Map<Field<?>, Object> columns = new HashMap<>();
        columns.put(TICKET_TYPE.NAME, terms.name());
        columns.put(TICKET_TYPE.PRICE_AMOUNT, terms.price().amount());
        columns.put(TICKET_TYPE.CURRENCY, terms.price().currency());
        columns.put(TICKET_TYPE.SECTION, terms.section());
        columns.put(TICKET_TYPE.PRICE_ZONE, terms.priceZone());
        columns.put(TICKET_TYPE.MIN_PER_ORDER, terms.minPerOrder());
        columns.put(TICKET_TYPE.MAX_PER_ORDER, terms.maxPerOrder());
        columns.put(TICKET_TYPE.SALES_FROM, terms.salesFrom());
        columns.put(TICKET_TYPE.SALES_UNTIL, terms.salesUntil());
        columns.put(TICKET_TYPE.VISIBLE, terms.visible());
        columns.put(TICKET_TYPE.TAX_RATE, terms.taxRate());
        columns.put(TICKET_TYPE.TAX_INCLUDED, terms.taxIncluded());
        columns.put(TICKET_TYPE.FEE_FIXED_AMOUNT, terms.feeFixed() == null ? null : terms.feeFixed().amount());
        columns.put(TICKET_TYPE.FEE_PERCENT, terms.feePercent());
        return columns;
    }
}
