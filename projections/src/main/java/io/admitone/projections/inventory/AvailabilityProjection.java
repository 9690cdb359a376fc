package io.admitone.projections.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionEvent;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.PARTITION_AVAILABILITY;
import static io.admitone.schema.jooq.Tables.SEAT_STATUS;

/**
 * Writes availability per partition and price zone, and the status of every seat: held places count as held and
 * held seats show {@code HELD} until they are released or expire; sold places move from held to sold, and sold
 * seats show {@code SOLD}, until their order gives them back and they are free again.
 */
@Component
@ProcessingGroup(AvailabilityProjection.NAME)
class AvailabilityProjection {

    static final String NAME = "availability";
    /** The price zone of a standing slice's one row: standing places have no zone. */
    static final String STANDING_ZONE = "";
    private static final String FREE = "FREE";
    private static final String HELD = "HELD";
    private static final String SOLD = "SOLD";
    /** The unit of work's resource gathering the performances its batch changed. */
    private static final String CHANGED = AvailabilityProjection.class.getName() + ".changed";

    private final DSLContext db;
    private final AvailabilityAnnouncer announcer;

    AvailabilityProjection(DSLContext db, AvailabilityAnnouncer announcer) {
        this.db = db;
        this.announcer = announcer;
    }

    /**
     * The performances whose partitions a batch changes are announced once each, after the batch has committed; a
     * replay announces nothing.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    void announceAfterCommit(EventMessage<?> message) {
        if (message.getPayload() instanceof PartitionEvent event && !ReplayToken.isReplay(message)) {
            CurrentUnitOfWork.ifStarted(unit -> unit.getOrComputeResource(CHANGED, key -> {
                Set<PerformanceId> changed = new LinkedHashSet<>();
                unit.afterCommit(committed -> changed.forEach(announcer::changed));
                return changed;
            }).add(event.performanceId()));
        }
    }

    @EventHandler
    void on(SeatedPartitionOpened event, TrackingToken token) {
        List<Seat> seats = event.section().seats().toList();
        Map<String, Long> seatsPerZone = seats.stream()
                .collect(Collectors.groupingBy(Seat::priceZone, Collectors.counting()));
        seatsPerZone.forEach((zone, count) -> insertAvailability(event, event.eventId(), zone, event.section().name(),
                SectionKind.SEATED, count.intValue(), event.openedAt(), token));
        insertSeats(event, seats);
    }

    @EventHandler
    void on(StandingPartitionOpened event, TrackingToken token) {
        insertAvailability(event, event.eventId(), STANDING_ZONE, event.section(), SectionKind.STANDING,
                event.capacity(), event.openedAt(), token);
    }

    /** Only a row older than the event changes, so a redelivery never undoes a later change. */
    @EventHandler
    void on(StandingCapacityChanged event, TrackingToken token) {
        long position = position(token);
        db.update(PARTITION_AVAILABILITY)
                .set(PARTITION_AVAILABILITY.CAPACITY, event.capacity())
                .set(PARTITION_AVAILABILITY.UPDATED_AT, event.changedAt())
                .set(PARTITION_AVAILABILITY.POSITION, position)
                .where(PARTITION_AVAILABILITY.PARTITION_ID.eq(event.partitionId().value())
                        .and(PARTITION_AVAILABILITY.POSITION.lt(position)))
                .execute();
    }

    @EventHandler
    void on(StandingPlacesHeld event, TrackingToken token) {
        changeHeld(event.partitionId(), STANDING_ZONE, event.quantity(), event.heldAt(), position(token));
    }

    @EventHandler
    void on(StandingPlacesReleased event, TrackingToken token) {
        changeHeld(event.partitionId(), STANDING_ZONE, -event.quantity(), event.releasedAt(), position(token));
    }

    @EventHandler
    void on(StandingPlacesSold event, TrackingToken token) {
        changeCounts(event.partitionId(), STANDING_ZONE, -event.quantity(), event.quantity(), event.soldAt(),
                position(token));
    }

    @EventHandler
    void on(SeatsHeld event, TrackingToken token) {
        seatsChange(event, event.seats(), 1, HELD, event.heldAt(), position(token));
    }

    @EventHandler
    void on(SeatsReleased event, TrackingToken token) {
        seatsChange(event, event.seats(), -1, FREE, event.releasedAt(), position(token));
    }

    @EventHandler
    void on(SeatsSold event, TrackingToken token) {
        long position = position(token);
        event.seats().stream().collect(Collectors.groupingBy(HeldSeat::priceZone, Collectors.counting()))
                .forEach((zone, count) -> changeCounts(event.partitionId(), zone, -count.intValue(),
                        count.intValue(), event.soldAt(), position));
        changeSeats(event, event.seats(), SOLD, event.soldAt(), position);
    }

    @EventHandler
    void on(StandingPlacesReturned event, TrackingToken token) {
        changeCounts(event.partitionId(), STANDING_ZONE, 0, -event.ticketIds().size(), event.returnedAt(),
                position(token));
    }

    @EventHandler
    void on(SeatsReturned event, TrackingToken token) {
        long position = position(token);
        event.seats().stream().collect(Collectors.groupingBy(HeldSeat::priceZone, Collectors.counting()))
                .forEach((zone, count) -> changeCounts(event.partitionId(), zone, 0, -count.intValue(),
                        event.returnedAt(), position));
        changeSeats(event, event.seats(), FREE, event.returnedAt(), position);
    }

    @ResetHandler
    void reset() {
        db.truncate(PARTITION_AVAILABILITY).execute();
        db.truncate(SEAT_STATUS).execute();
    }

    /** Each row changes only if older than the event, so a redelivery counts nothing twice. */
    private void changeHeld(PartitionId partitionId, String zone, int delta, Instant at, long position) {
        changeCounts(partitionId, zone, delta, 0, at, position);
    }

    private void changeCounts(PartitionId partitionId, String zone, int heldDelta, int soldDelta, Instant at,
                              long position) {
        db.update(PARTITION_AVAILABILITY)
                .set(PARTITION_AVAILABILITY.HELD, PARTITION_AVAILABILITY.HELD.plus(heldDelta))
                .set(PARTITION_AVAILABILITY.SOLD, PARTITION_AVAILABILITY.SOLD.plus(soldDelta))
                .set(PARTITION_AVAILABILITY.UPDATED_AT, at)
                .set(PARTITION_AVAILABILITY.POSITION, position)
                .where(PARTITION_AVAILABILITY.PARTITION_ID.eq(partitionId.value())
                        .and(PARTITION_AVAILABILITY.PRICE_ZONE.eq(zone))
                        .and(PARTITION_AVAILABILITY.POSITION.lt(position)))
                .execute();
    }

    private void seatsChange(PartitionEvent event, List<HeldSeat> seats, int sign, String status, Instant at,
                             long position) {
        seats.stream().collect(Collectors.groupingBy(HeldSeat::priceZone, Collectors.counting()))
                .forEach((zone, count) -> changeHeld(event.partitionId(), zone, sign * count.intValue(), at, position));
        changeSeats(event, seats, status, at, position);
    }

    private void changeSeats(PartitionEvent event, List<HeldSeat> seats, String status, Instant at, long position) {
        db.update(SEAT_STATUS)
                .set(SEAT_STATUS.STATUS, status)
                .set(SEAT_STATUS.UPDATED_AT, at)
                .set(SEAT_STATUS.POSITION, position)
                .where(SEAT_STATUS.PERFORMANCE_ID.eq(event.performanceId().value())
                        .and(SEAT_STATUS.SEAT_KEY.in(seats.stream().map(HeldSeat::key).toList()))
                        .and(SEAT_STATUS.POSITION.lt(position)))
                .execute();
    }

    private void insertAvailability(PartitionEvent event, EventId eventId, String zone, String section,
                                    SectionKind kind, int capacity, Instant at, TrackingToken token) {
        db.insertInto(PARTITION_AVAILABILITY)
                .set(PARTITION_AVAILABILITY.PARTITION_ID, event.partitionId().value())
                .set(PARTITION_AVAILABILITY.PRICE_ZONE, zone)
                .set(PARTITION_AVAILABILITY.TENANT_ID, event.tenantId().value())
                .set(PARTITION_AVAILABILITY.EVENT_ID, eventId.value())
                .set(PARTITION_AVAILABILITY.PERFORMANCE_ID, event.performanceId().value())
                .set(PARTITION_AVAILABILITY.SECTION, section)
                .set(PARTITION_AVAILABILITY.KIND, kind.name())
                .set(PARTITION_AVAILABILITY.CAPACITY, capacity)
                .set(PARTITION_AVAILABILITY.HELD, 0)
                .set(PARTITION_AVAILABILITY.SOLD, 0)
                .set(PARTITION_AVAILABILITY.UPDATED_AT, at)
                .set(PARTITION_AVAILABILITY.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    /** All seats in one statement: the keys go to PostgreSQL as one array, which {@code unnest} turns into rows. */
    private void insertSeats(SeatedPartitionOpened event, List<Seat> seats) {
        String[] keys = seats.stream().map(Seat::key).toArray(String[]::new);
        db.insertInto(SEAT_STATUS, SEAT_STATUS.PERFORMANCE_ID, SEAT_STATUS.SEAT_KEY, SEAT_STATUS.TENANT_ID,
                        SEAT_STATUS.PARTITION_ID, SEAT_STATUS.STATUS, SEAT_STATUS.UPDATED_AT)
                .select(DSL.select(DSL.val(event.performanceId().value()), DSL.field("seat.seat_key", String.class),
                                DSL.val(event.tenantId().value()), DSL.val(event.partitionId().value()), DSL.val(FREE),
                                DSL.val(event.openedAt()))
                        .from(DSL.table("unnest({0}) as seat(seat_key)", DSL.val(keys))))
                .onConflictDoNothing()
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
