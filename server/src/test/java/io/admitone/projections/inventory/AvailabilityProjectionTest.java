package io.admitone.projections.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AdmitOneServer;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivered holds, releases and returns count once, and an older one never undoes a newer one. The test sits in the
 * projection's package to call its handlers directly, so it names the server's configuration itself.
 */
@SpringBootTest(classes = AdmitOneServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AvailabilityProjectionTest extends ServerIntegrationTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");

    @Autowired
    private AvailabilityProjection projection;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private final TenantId tenant = TenantId.random();
    private final PerformanceId performance = PerformanceId.random();
    private final HoldId hold = HoldId.random();
    private final OrderId order = OrderId.random();

    @Test
    void heldSeatsCountOnceAndComeBackWhenReleased() {
        PartitionId section = PartitionId.of(performance, "A");
        applied(1, token -> projection.on(new SeatedPartitionOpened(section, tenant, EventId.random(), performance,
                new SectionLayout("A", SectionKind.SEATED, "front", List.of(new RowLayout("1", 3, null, null,
                        Map.of())), null), NOW), token));
        List<HeldSeat> seats = List.of(new HeldSeat("A-1-1", "front"), new HeldSeat("A-1-2", "front"));
        SeatsHeld held = new SeatsHeld(section, tenant, performance, hold, seats, NOW, NOW);

        applied(5, token -> projection.on(held, token));
        applied(5, token -> projection.on(held, token));
        assertThat(held(section)).isEqualTo(2);
        assertThat(statuses()).containsExactly("A-1-1 HELD", "A-1-2 HELD", "A-1-3 FREE");

        applied(6, token -> projection.on(new SeatsReleased(section, tenant, performance, hold, seats, true, NOW),
                token));
        applied(5, token -> projection.on(held, token));
        assertThat(held(section)).isZero();
        assertThat(statuses()).containsExactly("A-1-1 FREE", "A-1-2 FREE", "A-1-3 FREE");
    }

    @Test
    void heldStandingPlacesCountOnceAndComeBackWhenReleased() {
        PartitionId slice = PartitionId.of(performance, "Floor#0");
        applied(1, token -> projection.on(new StandingPartitionOpened(slice, tenant, EventId.random(), performance,
                "Floor", 0, 1, 500, NOW), token));
        StandingPlacesHeld held = new StandingPlacesHeld(slice, tenant, performance, "Floor", 0, hold, 4, NOW, NOW);

        applied(2, token -> projection.on(held, token));
        applied(2, token -> projection.on(held, token));
        assertThat(held(slice)).isEqualTo(4);

        applied(3, token -> projection.on(new StandingPlacesReleased(slice, tenant, performance, "Floor", 0, hold, 4,
                false, NOW), token));
        applied(3, token -> projection.on(new StandingPlacesReleased(slice, tenant, performance, "Floor", 0, hold, 4,
                false, NOW), token));
        assertThat(held(slice)).isZero();
    }

    @Test
    void placesGivenBackByTheirOrderAreNoLongerSoldAndCountOnce() {
        PartitionId section = PartitionId.of(performance, "A");
        PartitionId slice = PartitionId.of(performance, "Floor#0");
        applied(1, token -> projection.on(new SeatedPartitionOpened(section, tenant, EventId.random(), performance,
                new SectionLayout("A", SectionKind.SEATED, "front", List.of(new RowLayout("1", 3, null, null,
                        Map.of())), null), NOW), token));
        applied(2, token -> projection.on(new StandingPartitionOpened(slice, tenant, EventId.random(), performance,
                "Floor", 0, 1, 500, NOW), token));
        List<HeldSeat> seats = List.of(new HeldSeat("A-1-1", "front"), new HeldSeat("A-1-2", "front"));
        applied(3, token -> projection.on(new SeatsHeld(section, tenant, performance, hold, seats, NOW, NOW), token));
        applied(4, token -> projection.on(new SeatsSold(section, tenant, performance, hold, order, seats, NOW),
                token));
        applied(5, token -> projection.on(new StandingPlacesHeld(slice, tenant, performance, "Floor", 0, hold, 2,
                NOW, NOW), token));
        applied(6, token -> projection.on(new StandingPlacesSold(slice, tenant, performance, "Floor", 0, hold, order,
                2, NOW), token));
        SeatsReturned seatReturned = new SeatsReturned(section, tenant, performance, order, seats.subList(0, 1), NOW);
        StandingPlacesReturned placeReturned = new StandingPlacesReturned(slice, tenant, performance, "Floor", 0,
                order, List.of(UUID.randomUUID()), NOW);

        applied(7, token -> projection.on(seatReturned, token));
        applied(7, token -> projection.on(seatReturned, token));
        applied(8, token -> projection.on(placeReturned, token));
        applied(8, token -> projection.on(placeReturned, token));

        assertThat(sold(section)).isEqualTo(1);
        assertThat(sold(slice)).isEqualTo(1);
        assertThat(statuses()).containsExactly("A-1-1 FREE", "A-1-2 SOLD", "A-1-3 FREE");
    }

    private int sold(PartitionId partition) {
        return jdbc.queryForObject("select sum(sold) from read.partition_availability where partition_id = ?",
                Integer.class, partition.value());
    }

    private int held(PartitionId partition) {
        return jdbc.queryForObject("select sum(held) from read.partition_availability where partition_id = ?",
                Integer.class, partition.value());
    }

    private List<String> statuses() {
        return jdbc.queryForList("select seat_key || ' ' || status from read.seat_status where performance_id = ? "
                + "order by seat_key", String.class, performance.value());
    }

    private void applied(long position, Consumer<GlobalSequenceTrackingToken> handler) {
        transactions.executeWithoutResult(status -> handler.accept(new GlobalSequenceTrackingToken(position)));
    }
}
