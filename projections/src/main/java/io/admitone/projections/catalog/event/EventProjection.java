package io.admitone.projections.catalog.event;

import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.schema.jooq.tables.records.EventRecord;
import io.admitone.schema.jooq.tables.records.PerformanceRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

/**
 * Writes {@code read.event}, {@code read.performance} and {@code read.ticket_type}. Every write is guarded by the
 * row's position, so a redelivered event never undoes a later one; every event also moves the event row's
 * {@code updated_at} and {@code position}, so that a reader can tell an event changed from that row alone.
 */
@Component
@ProcessingGroup(EventProjection.NAME)
class EventProjection {

    static final String NAME = "events";

    private final DSLContext db;
    private final TicketTypeRows ticketTypes;

    EventProjection(DSLContext db) {
        this.db = db;
        this.ticketTypes = new TicketTypeRows(db);
    }

    @EventHandler
    void on(EventCreated event, TrackingToken token) {
        db.insertInto(EVENT)
                .set(EVENT.EVENT_ID, event.eventId().value())
                .set(EVENT.TENANT_ID, event.tenantId().value())
                .set(EVENT.VENUE_ID, event.venueId().value())
                .set(EVENT.TITLE, event.title())
                .set(EVENT.DESCRIPTION, event.description())
                .set(EVENT.CATEGORY, event.category())
                .set(EVENT.TAGS, event.tags().toArray(String[]::new))
                .set(EVENT.IMAGE_URL, event.imageUrl())
                .set(EVENT.STATUS, EventStatus.DRAFT.name())
                .set(EVENT.CREATED_AT, event.createdAt())
                .set(EVENT.UPDATED_AT, event.createdAt())
                .set(EVENT.POSITION, position(token))
                .onConflict(EVENT.EVENT_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(EventDetailsChanged event, TrackingToken token) {
        updateEvent(event, event.changedAt(), token, row -> row
                .set(EVENT.TITLE, event.title())
                .set(EVENT.DESCRIPTION, event.description())
                .set(EVENT.CATEGORY, event.category())
                .set(EVENT.TAGS, event.tags().toArray(String[]::new))
                .set(EVENT.IMAGE_URL, event.imageUrl()));
    }

    @EventHandler
    void on(EventPublished event, TrackingToken token) {
        updateEvent(event, event.publishedAt(), token, row -> row
                .set(EVENT.STATUS, EventStatus.PUBLISHED.name())
                .set(EVENT.PUBLISHED_AT, event.publishedAt()));
    }

    @EventHandler
    void on(EventCancelled event, TrackingToken token) {
        updateEvent(event, event.cancelledAt(), token, row -> row.set(EVENT.STATUS, EventStatus.CANCELLED.name()));
    }

    @EventHandler
    void on(PerformanceScheduled event, TrackingToken token) {
        PerformanceTimes times = event.times();
        db.insertInto(PERFORMANCE)
                .set(PERFORMANCE.PERFORMANCE_ID, event.performanceId().value())
                .set(PERFORMANCE.TENANT_ID, event.tenantId().value())
                .set(PERFORMANCE.EVENT_ID, event.eventId().value())
                .set(PERFORMANCE.VENUE_ID, event.venueId().value())
                .set(PERFORMANCE.STARTS_AT, times.startsAt())
                .set(PERFORMANCE.ENDS_AT, times.endsAt())
                .set(PERFORMANCE.DOORS_AT, times.doorsAt())
                .set(PERFORMANCE.ON_SALE_FROM, times.onSaleFrom())
                .set(PERFORMANCE.ON_SALE_UNTIL, times.onSaleUntil())
                .set(PERFORMANCE.STATUS, PerformanceStatus.SCHEDULED.name())
                .set(PERFORMANCE.POSITION, position(token))
                .onConflict(PERFORMANCE.PERFORMANCE_ID).doNothing()
                .execute();
        updateEventDates(event, event.scheduledAt(), token);
    }

    @EventHandler
    void on(PerformanceRescheduled event, TrackingToken token) {
        PerformanceTimes times = event.times();
        updatePerformance(event.performanceId(), token, row -> row
                .set(PERFORMANCE.STARTS_AT, times.startsAt())
                .set(PERFORMANCE.ENDS_AT, times.endsAt())
                .set(PERFORMANCE.DOORS_AT, times.doorsAt())
                .set(PERFORMANCE.ON_SALE_FROM, times.onSaleFrom())
                .set(PERFORMANCE.ON_SALE_UNTIL, times.onSaleUntil())
                .set(PERFORMANCE.STATUS, PerformanceStatus.SCHEDULED.name()));
        updateEventDates(event, event.rescheduledAt(), token);
    }

    @EventHandler
    void on(PerformancePostponed event, TrackingToken token) {
        updatePerformance(event.performanceId(), token,
                row -> row.set(PERFORMANCE.STATUS, PerformanceStatus.POSTPONED.name()));
        updateEventDates(event, event.postponedAt(), token);
    }

    @EventHandler
    void on(PerformanceCancelled event, TrackingToken token) {
        updatePerformance(event.performanceId(), token,
                row -> row.set(PERFORMANCE.STATUS, PerformanceStatus.CANCELLED.name()));
        updateEventDates(event, event.cancelledAt(), token);
    }

    @EventHandler
    void on(TicketTypeAdded event, TrackingToken token) {
        ticketTypes.insert(event, position(token));
        updateEvent(event, event.addedAt(), token, UnaryOperator.identity());
    }

    @EventHandler
    void on(TicketTypeChanged event, TrackingToken token) {
        ticketTypes.update(event, position(token));
        updateEvent(event, event.changedAt(), token, UnaryOperator.identity());
    }

    @ResetHandler
    void reset() {
        db.truncate(TICKET_TYPE, PERFORMANCE, EVENT).execute();
    }

    /** The event's date range over its performances that are not cancelled, as they stand after the change. */
    private void updateEventDates(EventEvent event, Instant updatedAt, TrackingToken token) {
        var live = PERFORMANCE.EVENT_ID.eq(event.eventId().value())
                .and(PERFORMANCE.STATUS.ne(PerformanceStatus.CANCELLED.name()));
        updateEvent(event, updatedAt, token, row -> row
                .set(EVENT.FIRST_STARTS_AT, select(min(PERFORMANCE.STARTS_AT)).from(PERFORMANCE).where(live))
                .set(EVENT.LAST_ENDS_AT, select(max(PERFORMANCE.ENDS_AT)).from(PERFORMANCE).where(live)));
    }

    private void updateEvent(EventEvent event, Instant updatedAt, TrackingToken token,
                             UnaryOperator<UpdateSetMoreStep<EventRecord>> changes) {
        long position = position(token);
        changes.apply(db.update(EVENT)
                        .set(EVENT.UPDATED_AT, updatedAt)
                        .set(EVENT.POSITION, position))
                .where(EVENT.EVENT_ID.eq(event.eventId().value()).and(EVENT.POSITION.lt(position)))
                .execute();
    }

    private void updatePerformance(PerformanceId performanceId, TrackingToken token,
                                   UnaryOperator<UpdateSetMoreStep<PerformanceRecord>> changes) {
        long position = position(token);
        changes.apply(db.update(PERFORMANCE).set(PERFORMANCE.POSITION, position))
                .where(PERFORMANCE.PERFORMANCE_ID.eq(performanceId.value()).and(PERFORMANCE.POSITION.lt(position)))
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
