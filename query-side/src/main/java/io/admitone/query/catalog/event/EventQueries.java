package io.admitone.query.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record13;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;

/**
 * The catalog's queries, each run inside the caller's tenant-scoped transaction, so that an event and its parts are
 * read from one snapshot. Lists are pages in a reader's order — events by their first performance (events without
 * one last), performances by start, ticket types by price — with the last id of a page as the cursor.
 */
final class EventQueries {

    /** Sorts events without performances last, where PostgreSQL compares infinity as later than any instant. */
    private static final Field<Instant> FIRST_START = DSL.coalesce(EVENT.FIRST_STARTS_AT,
            DSL.field("'infinity'::timestamptz", EVENT.FIRST_STARTS_AT.getDataType()));

    private EventQueries() {
    }

    static List<EventSummary> events(DSLContext db, TenantId tenant, Audience audience, EventFilter filter,
                                     UUID cursor, int limit) {
        Condition after = cursor == null ? DSL.noCondition() : DSL.row(FIRST_START, EVENT.EVENT_ID)
                .gt(DSL.select(FIRST_START, EVENT.EVENT_ID).from(EVENT).where(EVENT.EVENT_ID.eq(cursor)));
        return summaries(db)
                .where(EVENT.TENANT_ID.eq(tenant.value()), audience.seesEvent(), filter.condition(), after)
                .orderBy(FIRST_START, EVENT.EVENT_ID)
                .limit(limit)
                .fetch(Records.mapping(EventSummary::of));
    }

    static Optional<EventSummary> event(DSLContext db, TenantId tenant, Audience audience, UUID eventId) {
        return summaries(db)
                .where(EVENT.TENANT_ID.eq(tenant.value()), EVENT.EVENT_ID.eq(eventId), audience.seesEvent())
                .fetchOptional(Records.mapping(EventSummary::of));
    }

    static List<PerformanceView> performances(DSLContext db, UUID eventId, UUID cursor, int limit) {
        Condition after = cursor == null ? DSL.noCondition() : DSL.row(PERFORMANCE.STARTS_AT, PERFORMANCE.PERFORMANCE_ID)
                .gt(DSL.select(PERFORMANCE.STARTS_AT, PERFORMANCE.PERFORMANCE_ID).from(PERFORMANCE)
                        .where(PERFORMANCE.PERFORMANCE_ID.eq(cursor)));
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, PERFORMANCE.VENUE_ID,
                        PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT, PERFORMANCE.ON_SALE_FROM,
                        PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE)
                .where(PERFORMANCE.EVENT_ID.eq(eventId), after)
                .orderBy(PERFORMANCE.STARTS_AT, PERFORMANCE.PERFORMANCE_ID)
                .limit(limit)
                .fetch(Records.mapping(PerformanceView::of));
    }

    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId, UUID cursor, int limit) {
        Condition after = cursor == null ? DSL.noCondition() : DSL.row(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID)
                .gt(DSL.select(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID).from(TICKET_TYPE)
                        .where(TICKET_TYPE.TICKET_TYPE_ID.eq(cursor)));
        return ticketTypes(db, audience, eventId, after, limit);
    }

    static Optional<TicketTypeView> ticketType(DSLContext db, Audience audience, UUID eventId, UUID ticketTypeId) {
        return ticketTypes(db, audience, eventId, TICKET_TYPE.TICKET_TYPE_ID.eq(ticketTypeId), 1).stream().findFirst();
    }

    private static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId, Condition which,
                                                    int limit) {
        return db.select(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.EVENT_ID, TICKET_TYPE.NAME, TICKET_TYPE.PRICE_AMOUNT,
                        TICKET_TYPE.CURRENCY, TICKET_TYPE.SECTION, TICKET_TYPE.PRICE_ZONE, TICKET_TYPE.MIN_PER_ORDER,
                        TICKET_TYPE.MAX_PER_ORDER, TICKET_TYPE.SALES_FROM, TICKET_TYPE.SALES_UNTIL, TICKET_TYPE.VISIBLE,
                        TICKET_TYPE.TAX_RATE, TICKET_TYPE.TAX_INCLUDED, TICKET_TYPE.FEE_FIXED_AMOUNT,
                        TICKET_TYPE.FEE_PERCENT)
                .from(TICKET_TYPE)
                .where(TICKET_TYPE.EVENT_ID.eq(eventId), audience.seesTicketType(), which)
                .orderBy(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID)
                .limit(limit)
                .fetch(Records.mapping(TicketTypeView::of));
    }

    /** A performance of an event the audience may see, with the event's title. */
    static Optional<EventPerformanceView> performance(DSLContext db, TenantId tenant, Audience audience,
                                                      UUID performanceId) {
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, EVENT.TITLE, EVENT.STATUS,
                        PERFORMANCE.VENUE_ID, PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT,
                        PERFORMANCE.ON_SALE_FROM, PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE).join(EVENT).on(EVENT.EVENT_ID.eq(PERFORMANCE.EVENT_ID))
                .where(EVENT.TENANT_ID.eq(tenant.value()), PERFORMANCE.PERFORMANCE_ID.eq(performanceId),
                        audience.seesEvent())
                .fetchOptional(Records.mapping(EventPerformanceView::of));
    }

    private static SelectJoinStep<Record13<UUID, UUID, String, String, String, String[], String, String, Instant,
            Instant, Instant, Instant, Instant>> summaries(DSLContext db) {
        return db.select(EVENT.EVENT_ID, EVENT.VENUE_ID, EVENT.TITLE, EVENT.DESCRIPTION, EVENT.CATEGORY, EVENT.TAGS,
                        EVENT.IMAGE_URL, EVENT.STATUS, EVENT.FIRST_STARTS_AT, EVENT.LAST_ENDS_AT, EVENT.PUBLISHED_AT,
                        EVENT.CREATED_AT, EVENT.UPDATED_AT)
                .from(EVENT);
    }
}
