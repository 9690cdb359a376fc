package io.admitone.projections.inventory;

import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.Row12;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.PARTITION_AVAILABILITY;
import static io.admitone.schema.jooq.Tables.SEAT_STATUS;

/**
 * Writes availability and seat status. A seated partition's seats are inserted in multi-row statements of
 * {@value #SEATS_PER_STATEMENT}, so a section of thousands of seats takes a handful of round trips.
 */
@Component
@ProcessingGroup(AvailabilityProjection.NAME)
class AvailabilityProjection {

    static final String NAME = "availability";
    static final String STANDING_ZONE = "";
    private static final int SEATS_PER_STATEMENT = 1000;

    private final DSLContext db;

    AvailabilityProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(SeatedPartitionOpened event, TrackingToken token) {
        List<Seat> seats = event.section().seats().toList();
        Map<String, Long> seatsPerZone = seats.stream().collect(Collectors.groupingBy(Seat::priceZone, Collectors.counting()));
        seatsPerZone.forEach((zone, count) -> db.insertInto(PARTITION_AVAILABILITY)
                .set(PARTITION_AVAILABILITY.PARTITION_ID, event.partitionId().value())
                .set(PARTITION_AVAILABILITY.PRICE_ZONE, zone)
                .set(PARTITION_AVAILABILITY.TENANT_ID, event.tenantId().value())
                .set(PARTITION_AVAILABILITY.EVENT_ID, event.eventId().value())
                .set(PARTITION_AVAILABILITY.PERFORMANCE_ID, event.performanceId().value())
                .set(PARTITION_AVAILABILITY.SECTION, event.section().name())
                .set(PARTITION_AVAILABILITY.KIND, SectionKind.SEATED.name())
                .set(PARTITION_AVAILABILITY.CAPACITY, count.intValue())
                .set(PARTITION_AVAILABILITY.HELD, 0)
                .set(PARTITION_AVAILABILITY.SOLD, 0)
                .set(PARTITION_AVAILABILITY.UPDATED_AT, event.openedAt())
                .set(PARTITION_AVAILABILITY.POSITION, position(token))
                .onConflictDoNothing()
                .execute());
        insertSeats(event, seats);
    }

    private void insertSeats(SeatedPartitionOpened event, List<Seat> seats) {
        UUID performance = event.performanceId().value();
        List<Row12<UUID, String, UUID, UUID, String, String, String, String, String[], Integer, String, Instant>> rows =
                new ArrayList<>(SEATS_PER_STATEMENT);
        for (int ordinal = 0; ordinal < seats.size(); ordinal++) {
            Seat seat = seats.get(ordinal);
            rows.add(DSL.row(performance, seat.key(), event.tenantId().value(), event.partitionId().value(),
                    seat.section(), seat.row(), seat.label(), seat.priceZone(), flags(seat), ordinal, "FREE",
                    event.openedAt()));
            if (rows.size() == SEATS_PER_STATEMENT || ordinal == seats.size() - 1) {
                insertSeatRows(rows);
                rows.clear();
            }
        }
    }

    private void insertSeatRows(List<? extends Row12<UUID, String, UUID, UUID, String, String, String, String, String[],
            Integer, String, Instant>> rows) {
        db.insertInto(SEAT_STATUS, SEAT_STATUS.PERFORMANCE_ID, SEAT_STATUS.SEAT_KEY, SEAT_STATUS.TENANT_ID,
                        SEAT_STATUS.PARTITION_ID, SEAT_STATUS.SECTION, SEAT_STATUS.ROW_LABEL, SEAT_STATUS.SEAT_LABEL,
                        SEAT_STATUS.PRICE_ZONE, SEAT_STATUS.FLAGS, SEAT_STATUS.ORDINAL, SEAT_STATUS.STATUS,
                        SEAT_STATUS.UPDATED_AT)
                .valuesOfRows(rows)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(StandingPartitionOpened event, TrackingToken token) {
        db.insertInto(PARTITION_AVAILABILITY)
                .set(PARTITION_AVAILABILITY.PARTITION_ID, event.partitionId().value())
                .set(PARTITION_AVAILABILITY.PRICE_ZONE, STANDING_ZONE)
                .set(PARTITION_AVAILABILITY.TENANT_ID, event.tenantId().value())
                .set(PARTITION_AVAILABILITY.EVENT_ID, event.eventId().value())
                .set(PARTITION_AVAILABILITY.PERFORMANCE_ID, event.performanceId().value())
                .set(PARTITION_AVAILABILITY.SECTION, event.section())
                .set(PARTITION_AVAILABILITY.KIND, SectionKind.STANDING.name())
                .set(PARTITION_AVAILABILITY.CAPACITY, event.capacity())
                .set(PARTITION_AVAILABILITY.HELD, 0)
                .set(PARTITION_AVAILABILITY.SOLD, 0)
                .set(PARTITION_AVAILABILITY.UPDATED_AT, event.openedAt())
                .set(PARTITION_AVAILABILITY.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

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

    @ResetHandler
    void reset() {
        db.truncate(PARTITION_AVAILABILITY).execute();
        db.truncate(SEAT_STATUS).execute();
    }

    private static String[] flags(Seat seat) {
        return seat.flags().stream().map(SeatFlag::apiName).sorted().toArray(String[]::new);
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
