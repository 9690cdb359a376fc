package io.admitone.projections.search;

import io.admitone.kernel.inventory.PartitionEvent;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static io.admitone.projections.search.EventSearchProjection.position;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PARTITION;

/**
 * The places of every inventory partition, for the availability facet: a place is taken while held and once sold
 * (a sale turns held places into sold ones, so it changes nothing here) until its order gives it back.
 */
@Component
@ProcessingGroup(EventSearchProjection.NAME)
class EventSearchPlaces {

    private final DSLContext db;
    private final EventSearchRows rows;

    EventSearchPlaces(DSLContext db, EventSearchRows rows) {
        this.db = db;
        this.rows = rows;
    }

    @EventHandler
    void on(SeatedPartitionOpened event, TrackingToken token) {
        open(event, event.eventId().value(), (int) event.section().seats().count(), event.openedAt(), token);
    }

    @EventHandler
    void on(StandingPartitionOpened event, TrackingToken token) {
        open(event, event.eventId().value(), event.capacity(), event.openedAt(), token);
    }

    @EventHandler
    void on(StandingCapacityChanged event, TrackingToken token) {
        change(event, EVENT_SEARCH_PARTITION.CAPACITY, DSL.val(event.capacity()), event.changedAt(), token);
    }

    @EventHandler
    void on(StandingPlacesHeld event, TrackingToken token) {
        take(event, event.quantity(), event.heldAt(), token);
    }

    @EventHandler
    void on(StandingPlacesReleased event, TrackingToken token) {
        take(event, -event.quantity(), event.releasedAt(), token);
    }

    @EventHandler
    void on(StandingPlacesReturned event, TrackingToken token) {
        take(event, -event.ticketIds().size(), event.returnedAt(), token);
    }

    @EventHandler
    void on(SeatsHeld event, TrackingToken token) {
        take(event, event.seats().size(), event.heldAt(), token);
    }

    @EventHandler
    void on(SeatsReleased event, TrackingToken token) {
        take(event, -event.seats().size(), event.releasedAt(), token);
    }

    @EventHandler
    void on(SeatsReturned event, TrackingToken token) {
        take(event, -event.seats().size(), event.returnedAt(), token);
    }

    private void open(PartitionEvent event, UUID eventId, int capacity, Instant at, TrackingToken token) {
        db.insertInto(EVENT_SEARCH_PARTITION)
                .set(EVENT_SEARCH_PARTITION.PARTITION_ID, event.partitionId().value())
                .set(EVENT_SEARCH_PARTITION.TENANT_ID, event.tenantId().value())
                .set(EVENT_SEARCH_PARTITION.EVENT_ID, eventId)
                .set(EVENT_SEARCH_PARTITION.PERFORMANCE_ID, event.performanceId().value())
                .set(EVENT_SEARCH_PARTITION.CAPACITY, capacity)
                .set(EVENT_SEARCH_PARTITION.TAKEN, 0)
                .set(EVENT_SEARCH_PARTITION.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
        rows.refresh(eventId, at, position(token));
    }

    private void take(PartitionEvent event, int places, Instant at, TrackingToken token) {
        change(event, EVENT_SEARCH_PARTITION.TAKEN, EVENT_SEARCH_PARTITION.TAKEN.plus(places), at, token);
    }

    /** Only a partition older than the event changes, so a redelivery counts nothing twice. */
    private void change(PartitionEvent event, Field<Integer> column, Field<Integer> value, Instant at,
                        TrackingToken token) {
        long position = position(token);
        db.update(EVENT_SEARCH_PARTITION)
                .set(column, value)
                .set(EVENT_SEARCH_PARTITION.POSITION, position)
                .where(EVENT_SEARCH_PARTITION.PARTITION_ID.eq(event.partitionId().value())
                        .and(EVENT_SEARCH_PARTITION.POSITION.lt(position)))
                .returning(EVENT_SEARCH_PARTITION.EVENT_ID)
                .fetchOptional(EVENT_SEARCH_PARTITION.EVENT_ID)
                .ifPresent(eventId -> rows.refresh(eventId, at, position));
    }
}
