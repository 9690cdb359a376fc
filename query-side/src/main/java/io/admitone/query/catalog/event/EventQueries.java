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
        return performances(db, PERFORMANCE.EVENT_ID.eq(eventId).and(after), limit);
    }

    /** The performances of several events at once, each event's by start. */
    static Map<UUID, List<PerformanceView>> performancesOf(DSLContext db, Collection<UUID> eventIds) {
        return performances(db, PERFORMANCE.EVENT_ID.in(eventIds), Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(PerformanceView::eventId, LinkedHashMap::new, Collectors.toList()));
    }

    private static List<PerformanceView> performances(DSLContext db, Condition which, int limit) {
        return db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.EVENT_ID, PERFORMANCE.VENUE_ID,
                        PERFORMANCE.STARTS_AT, PERFORMANCE.ENDS_AT, PERFORMANCE.DOORS_AT, PERFORMANCE.ON_SALE_FROM,
                        PERFORMANCE.ON_SALE_UNTIL, PERFORMANCE.STATUS)
                .from(PERFORMANCE)
                .where(which)
                .orderBy(PERFORMANCE.STARTS_AT, PERFORMANCE.PERFORMANCE_ID)
                .limit(limit)
                .fetch(Records.mapping(PerformanceView::of));
    }

    static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, UUID eventId, UUID cursor, int limit) {
        Condition after = cursor == null ? DSL.noCondition() : DSL.row(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID)
                .gt(DSL.select(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID).from(TICKET_TYPE)
                        .where(TICKET_TYPE.TICKET_TYPE_ID.eq(cursor)));
        return ticketTypes(db, audience, TICKET_TYPE.EVENT_ID.eq(eventId).and(after), limit);
    }

    /** The ticket types the audience may see of several events at once, each event's by price. */
    static Map<UUID, List<TicketTypeView>> ticketTypesOf(DSLContext db, Audience audience, Collection<UUID> eventIds) {
        return ticketTypes(db, audience, TICKET_TYPE.EVENT_ID.in(eventIds), Integer.MAX_VALUE).stream()
                .collect(Collectors.groupingBy(TicketTypeView::eventId, LinkedHashMap::new, Collectors.toList()));
    }

    static Optional<TicketTypeView> ticketType(DSLContext db, Audience audience, UUID eventId, UUID ticketTypeId) {
        return ticketTypes(db, audience,
                TICKET_TYPE.EVENT_ID.eq(eventId).and(TICKET_TYPE.TICKET_TYPE_ID.eq(ticketTypeId)), 1).stream()
                .findFirst();
    }

    private static List<TicketTypeView> ticketTypes(DSLContext db, Audience audience, Condition which, int limit) {
        return db.select(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.EVENT_ID, TICKET_TYPE.NAME, TICKET_TYPE.PRICE_AMOUNT,
                        TICKET_TYPE.CURRENCY, TICKET_TYPE.SECTION, TICKET_TYPE.PRICE_ZONE, TICKET_TYPE.MIN_PER_ORDER,
                        TICKET_TYPE.MAX_PER_ORDER, TICKET_TYPE.SALES_FROM, TICKET_TYPE.SALES_UNTIL, TICKET_TYPE.VISIBLE,
                        TICKET_TYPE.TAX_RATE, TICKET_TYPE.TAX_INCLUDED, TICKET_TYPE.FEE_FIXED_AMOUNT,
                        TICKET_TYPE.FEE_PERCENT)
                .from(TICKET_TYPE)
                .where(which, audience.seesTicketType())
                .orderBy(TICKET_TYPE.PRICE_AMOUNT, TICKET_TYPE.TICKET_TYPE_ID)
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
