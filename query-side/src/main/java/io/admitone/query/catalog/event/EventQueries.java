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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PARTITION_AVAILABILITY;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;
import static org.jooq.impl.DSL.sum;

/**
 * The catalog's queries, each run inside the caller's tenant-scoped transaction, so that an event and its parts are
 * read from one snapshot. Lists are pages in one of the orders of {@link EventSorts}.
 */
final class EventQueries {

    private static final List<SortField<?>> BY_PRICE =
            List.of(TICKET_TYPE.PRICE_AMOUNT.asc(), TICKET_TYPE.TICKET_TYPE_ID.asc());
    private static final List<SortField<?>> BY_START =
            List.of(PERFORMANCE.STARTS_AT.asc(), PERFORMANCE.PERFORMANCE_ID.asc());

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
        return performances(db, PERFORMANCE.EVENT_ID.eq(eventId).and(filter).and(list.after()), list.orderBy(),
                list.fetchSize());
    }

    /** All of the event's performances, by start. */
    static List<PerformanceView> performances(DSLContext db, UUID eventId) {
        return performances(db, PERFORMANCE.EVENT_ID.eq(eventId), BY_START, Integer.MAX_VALUE);
    }

    /** The performances of several events at once, each event's by start. */
    static Map<UUID, List<PerformanceView>> performancesOf(DSLContext db, Collection<UUID> eventIds) {
        return performances(db, PERFORMANCE.EVENT_ID.in(eventIds), BY_START, Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(PerformanceView::eventId, LinkedHashMap::new, Collectors.toList()));
    }

    private static List<PerformanceView> performances(DSLContext db, Condition which, List<SortField<?>> order,
                                                      int limit) {
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, PERFORMANCE.VENUE_ID,
                        PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT, PERFORMANCE.ON_SALE_FROM,
                        PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE)
                .where(which)
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(PerformanceView::of));
    }

    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId,
                                            ListQuery<TicketTypeView> list) {
        return ticketTypes(db, audience, TICKET_TYPE.EVENT_ID.eq(eventId).and(list.after()), list.orderBy(),
                list.fetchSize());
    }

    /** All of the event's ticket types the audience may see, by price. */
    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId) {
        return ticketTypes(db, audience, TICKET_TYPE.EVENT_ID.eq(eventId), BY_PRICE, Integer.MAX_VALUE);
    }

    /** The ticket types the audience may see of several events at once, each event's by price. */
    static Map<UUID, List<TicketTypeView>> ticketTypesOf(DSLContext db, Audience audience, Collection<UUID> eventIds) {
        return ticketTypes(db, audience, TICKET_TYPE.EVENT_ID.in(eventIds), BY_PRICE, Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(TicketTypeView::eventId, LinkedHashMap::new, Collectors.toList()));
    }

    static Optional<TicketTypeView> ticketType(DSLContext db, Audience audience, UUID eventId, UUID ticketTypeId) {
        return ticketTypes(db, audience,
                TICKET_TYPE.EVENT_ID.eq(eventId).and(TICKET_TYPE.TICKET_TYPE_ID.eq(ticketTypeId)), BY_PRICE, 1)
                .stream().findFirst();
    }

    private static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, Condition which,
                                                    List<SortField<?>> order, int limit) {
        return db.select(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.EVENT_ID, TICKET_TYPE.NAME, TICKET_TYPE.PRICE_AMOUNT,
                        TICKET_TYPE.CURRENCY, TICKET_TYPE.SECTION, TICKET_TYPE.PRICE_ZONE, TICKET_TYPE.MIN_PER_ORDER,
                        TICKET_TYPE.MAX_PER_ORDER, TICKET_TYPE.SALES_FROM, TICKET_TYPE.SALES_UNTIL, TICKET_TYPE.VISIBLE,
                        TICKET_TYPE.TAX_RATE, TICKET_TYPE.TAX_INCLUDED, TICKET_TYPE.FEE_FIXED_AMOUNT,
                        TICKET_TYPE.FEE_PERCENT)
                .from(TICKET_TYPE)
                .where(which, audience.seesTicketType())
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(TicketTypeView::of));
    }

    /** A performance of an event the audience may see, with the event's title. */
    static Optional<EventPerformanceView> performance(DSLContext db, TenantId tenant, Audience audience,
                                                      UUID performanceId) {
        return performances(db, tenant, audience, List.of(performanceId)).stream().findFirst();
    }

    /** Those of the performances that belong to events the audience may see, with their events' titles. */
    static List<EventPerformanceView> performances(DSLContext db, TenantId tenant, Audience audience,
                                                   Collection<UUID> performanceIds) {
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, EVENT.TITLE, EVENT.STATUS,
                        PERFORMANCE.VENUE_ID, PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT,
                        PERFORMANCE.ON_SALE_FROM, PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE).join(EVENT).on(EVENT.EVENT_ID.eq(PERFORMANCE.EVENT_ID))
                .where(EVENT.TENANT_ID.eq(tenant.value()), PERFORMANCE.PERFORMANCE_ID.in(performanceIds),
                        audience.seesEvent())
                .fetch(Records.mapping(EventPerformanceView::of));
    }

    /** The availability of each section (and price zone within a seated section) of a performance. */
    static List<AvailabilityView.SectionAvailability> sections(DSLContext db, TenantId tenant, UUID performanceId) {
        return sectionsOf(db, tenant, List.of(performanceId)).getOrDefault(performanceId, List.of());
    }

    /** The availability of each section (and price zone) of several performances at once. */
    static Map<UUID, List<AvailabilityView.SectionAvailability>> sectionsOf(DSLContext db, TenantId tenant,
                                                                             Collection<UUID> performanceIds) {
        return db.select(PARTITION_AVAILABILITY.PERFORMANCE_ID, PARTITION_AVAILABILITY.SECTION,
                        PARTITION_AVAILABILITY.KIND, PARTITION_AVAILABILITY.PRICE_ZONE,
                        sum(PARTITION_AVAILABILITY.CAPACITY).cast(Integer.class),
                        sum(PARTITION_AVAILABILITY.HELD).cast(Integer.class),
                        sum(PARTITION_AVAILABILITY.SOLD).cast(Integer.class))
                .from(PARTITION_AVAILABILITY)
                .where(PARTITION_AVAILABILITY.TENANT_ID.eq(tenant.value()),
                        PARTITION_AVAILABILITY.PERFORMANCE_ID.in(performanceIds))
                .groupBy(PARTITION_AVAILABILITY.PERFORMANCE_ID, PARTITION_AVAILABILITY.SECTION,
                        PARTITION_AVAILABILITY.KIND, PARTITION_AVAILABILITY.PRICE_ZONE)
                .orderBy(PARTITION_AVAILABILITY.SECTION, PARTITION_AVAILABILITY.PRICE_ZONE)
                .fetchGroups(PARTITION_AVAILABILITY.PERFORMANCE_ID, record -> AvailabilityView.SectionAvailability.of(
                        record.value2(), record.value3(), record.value4(), record.value5(), record.value6(),
                        record.value7()));
    }

    private static SelectJoinStep<Record13<UUID, UUID, String, String, String, String[], String, String, Instant,
            Instant, Instant, Instant, Instant>> summaries(DSLContext db) {
        return db.select(EVENT.EVENT_ID, EVENT.VENUE_ID, EVENT.TITLE, EVENT.DESCRIPTION, EVENT.CATEGORY, EVENT.TAGS,
                        EVENT.IMAGE_URL, EVENT.STATUS, EVENT.FIRST_STARTS_AT, EVENT.LAST_ENDS_AT, EVENT.PUBLISHED_AT,
                        EVENT.CREATED_AT, EVENT.UPDATED_AT)
                .from(EVENT);
    }
}
