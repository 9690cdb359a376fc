package io.admitone.projections.search;

import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.admitone.projections.search.EventSearchProjection.position;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PERFORMANCE;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_TICKET_TYPE;

/**
 * The performances' dates and the ticket types' prices behind an event's search row. A postponed performance
 * keeps its dates until it is rescheduled, as in the catalog.
 */
@Component
@ProcessingGroup(EventSearchProjection.NAME)
class EventSearchParts {

    private final DSLContext db;
    private final EventSearchRows rows;

    EventSearchParts(DSLContext db, EventSearchRows rows) {
        this.db = db;
        this.rows = rows;
    }

    @EventHandler
    void on(PerformanceScheduled event, TrackingToken token) {
        db.insertInto(EVENT_SEARCH_PERFORMANCE)
                .set(EVENT_SEARCH_PERFORMANCE.PERFORMANCE_ID, event.performanceId().value())
                .set(EVENT_SEARCH_PERFORMANCE.TENANT_ID, event.tenantId().value())
                .set(EVENT_SEARCH_PERFORMANCE.EVENT_ID, event.eventId().value())
                .set(EVENT_SEARCH_PERFORMANCE.STARTS_AT, event.times().startsAt())
                .set(EVENT_SEARCH_PERFORMANCE.ENDS_AT, event.times().endsAt())
                .set(EVENT_SEARCH_PERFORMANCE.CANCELLED, false)
                .onConflictDoNothing()
                .execute();
        refresh(event, event.scheduledAt(), token);
    }

    @EventHandler
    void on(PerformanceRescheduled event, TrackingToken token) {
        db.update(EVENT_SEARCH_PERFORMANCE)
                .set(EVENT_SEARCH_PERFORMANCE.STARTS_AT, event.times().startsAt())
                .set(EVENT_SEARCH_PERFORMANCE.ENDS_AT, event.times().endsAt())
                .where(EVENT_SEARCH_PERFORMANCE.PERFORMANCE_ID.eq(event.performanceId().value()))
                .execute();
        refresh(event, event.rescheduledAt(), token);
    }

    @EventHandler
    void on(PerformanceCancelled event, TrackingToken token) {
        db.update(EVENT_SEARCH_PERFORMANCE)
                .set(EVENT_SEARCH_PERFORMANCE.CANCELLED, true)
                .where(EVENT_SEARCH_PERFORMANCE.PERFORMANCE_ID.eq(event.performanceId().value()))
                .execute();
        refresh(event, event.cancelledAt(), token);
    }

    @EventHandler
    void on(TicketTypeAdded event, TrackingToken token) {
        TicketTypeTerms terms = event.terms();
        db.insertInto(EVENT_SEARCH_TICKET_TYPE)
                .set(EVENT_SEARCH_TICKET_TYPE.TICKET_TYPE_ID, event.ticketTypeId().value())
                .set(EVENT_SEARCH_TICKET_TYPE.TENANT_ID, event.tenantId().value())
                .set(EVENT_SEARCH_TICKET_TYPE.EVENT_ID, event.eventId().value())
                .set(EVENT_SEARCH_TICKET_TYPE.PRICE_AMOUNT, terms.price().amount())
                .set(EVENT_SEARCH_TICKET_TYPE.CURRENCY, terms.price().currency())
                .set(EVENT_SEARCH_TICKET_TYPE.VISIBLE, terms.visible())
                .onConflictDoNothing()
                .execute();
        refresh(event, event.addedAt(), token);
    }

    @EventHandler
    void on(TicketTypeChanged event, TrackingToken token) {
        TicketTypeTerms terms = event.terms();
        db.update(EVENT_SEARCH_TICKET_TYPE)
                .set(EVENT_SEARCH_TICKET_TYPE.PRICE_AMOUNT, terms.price().amount())
                .set(EVENT_SEARCH_TICKET_TYPE.CURRENCY, terms.price().currency())
                .set(EVENT_SEARCH_TICKET_TYPE.VISIBLE, terms.visible())
                .where(EVENT_SEARCH_TICKET_TYPE.TICKET_TYPE_ID.eq(event.ticketTypeId().value()))
                .execute();
        refresh(event, event.changedAt(), token);
    }

    private void refresh(EventEvent event, Instant at, TrackingToken token) {
        rows.refresh(event.eventId().value(), at, position(token));
    }
}
