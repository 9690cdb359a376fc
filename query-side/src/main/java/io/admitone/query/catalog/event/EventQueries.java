package io.admitone.query.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.ListQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
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
 * read from one snapshot. Lists are pages in one of the orders of {@link EventSorts}.
 */
final class EventQueries {

    private static final List<SortField<?>> BY_PRICE =
            List.of(TICKET_TYPE.PRICE_AMOUNT.asc(), TICKET_TYPE.TICKET_TYPE_ID.asc());

    private EventQueries() {
    }

    static List<EventSummary> events(DSLContext db, TenantId tenant, Audience audience, EventFilter filter,
                                     ListQuery<EventSummary> list) {
        return summaries(db)
                .where(EVENT.TENANT_ID.eq(tenant.value()), audience.seesEvent(), filter.condition(), list.after())
                .orderBy(list.orderBy())
                .limit(list.fetchSize())
                .fetch(Records.mapping(EventSummary::of));
    }

    static Optional<EventSummary> event(DSLContext db, TenantId tenant, Audience audience, UUID eventId) {
        return summaries(db)
                .where(EVENT.TENANT_ID.eq(tenant.value()), EVENT.EVENT_ID.eq(eventId), audience.seesEvent())
                .fetchOptional(Records.mapping(EventSummary::of));
    }

    /** A page of the event's performances that pass {@code filter}. */
    static List<PerformanceView> performances(DSLContext db, UUID eventId, Condition filter,
                                              ListQuery<PerformanceView> list) {
        return performances(db, eventId, filter.and(list.after()), list.orderBy(), list.fetchSize());
    }

    /** All of the event's performances, by start. */
    static List<PerformanceView> performances(DSLContext db, UUID eventId) {
        return performances(db, eventId, DSL.noCondition(),
                List.of(PERFORMANCE.STARTS_AT.asc(), PERFORMANCE.PERFORMANCE_ID.asc()), Integer.MAX_VALUE);
    }

    private static List<PerformanceView> performances(DSLContext db, UUID eventId, Condition which,
                                                      List<SortField<?>> order, int limit) {
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, PERFORMANCE.VENUE_ID,
                        PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT, PERFORMANCE.ON_SALE_FROM,
                        PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE)
                .where(PERFORMANCE.EVENT_ID.eq(eventId), which)
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(PerformanceView::of));
    }

    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId,
                                            ListQuery<TicketTypeView> list) {
        return ticketTypes(db, audience, eventId, list.after(), list.orderBy(), list.fetchSize());
    }

    /** All of the event's ticket types the audience may see, by price. */
    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId) {
        return ticketTypes(db, audience, eventId, DSL.noCondition(), BY_PRICE, Integer.MAX_VALUE);
    }

    static Optional<TicketTypeView> ticketType(DSLContext db, Audience audience, UUID eventId, UUID ticketTypeId) {
        return ticketTypes(db, audience, eventId, TICKET_TYPE.TICKET_TYPE_ID.eq(ticketTypeId), BY_PRICE, 1)
                .stream().findFirst();
    }

    private static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId, Condition which,
                                                    List<SortField<?>> order, int limit) {
        return db.select(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.EVENT_ID, TICKET_TYPE.NAME, TICKET_TYPE.PRICE_AMOUNT,
                        TICKET_TYPE.CURRENCY, TICKET_TYPE.SECTION, TICKET_TYPE.PRICE_ZONE, TICKET_TYPE.MIN_PER_ORDER,
                        TICKET_TYPE.MAX_PER_ORDER, TICKET_TYPE.SALES_FROM, TICKET_TYPE.SALES_UNTIL, TICKET_TYPE.VISIBLE,
                        TICKET_TYPE.TAX_RATE, TICKET_TYPE.TAX_INCLUDED, TICKET_TYPE.FEE_FIXED_AMOUNT,
                        TICKET_TYPE.FEE_PERCENT)
                .from(TICKET_TYPE)
                .where(TICKET_TYPE.EVENT_ID.eq(eventId), audience.seesTicketType(), which)
                .orderBy(order)
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
