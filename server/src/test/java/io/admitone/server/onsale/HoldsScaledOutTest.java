package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.PartitionEvent;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.server.AllAtOnce;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one database and one Redis, with buyers spread over both, race for the same seats and
 * a standing quota of ten: as the event store has it, no seat is held twice, the quota is never exceeded, every
 * acknowledged hold is recorded, and a rejected request leaves nothing held.
 */
class HoldsScaledOutTest {

    private static final int QUOTA = 10;

    @Test
    void buyersOnTwoInstancesRacingForTheSameSeatsAndQuotaNeverGetMoreThanThereIs() throws InterruptedException {
        Map<String, String> properties = TestServers.freshInfrastructure();
        try (RunningServer first = RunningServer.start(properties); RunningServer second = RunningServer.start(properties)) {
            OnSaleFixture viaFirst = OnSaleFixture.onSale(first.admin(), first.http(), OnSaleFixture.organisation(first.admin()));
            OnSaleFixture viaSecond = new OnSaleFixture(second.http(), viaFirst.org(), viaFirst.event(),
                    viaFirst.performance(), viaFirst.floor(), viaFirst.front());
            first.admin().put().uri("/api/v1/orgs/{org}/performances/{performance}/sections/Floor/capacity",
                    viaFirst.org(), viaFirst.performance()).bodyValue(Map.of("capacity", QUOTA)).exchange()
                    .expectStatus().isNoContent();

            List<Callable<RacingBuyers.Outcome>> buyers = new ArrayList<>();
            for (OnSaleFixture onSale : List.of(viaFirst, viaSecond)) {
                for (int i = 0; i < 6; i++) {
                    buyers.addAll(RacingBuyers.four(onSale));
                }
            }
            List<JsonNode> held = RacingBuyers.held(AllAtOnce.run(buyers));
            long standingAcknowledged = RacingBuyers.standingPlaces(held);
            Set<String> seatsAcknowledged = RacingBuyers.seats(held);
            Set<String> acknowledged = new HashSet<>(held.stream().map(h -> h.get("holdId").asString()).toList());

            EventStore events = second.context().getBean(EventStore.class);
            PerformanceId performance = PerformanceId.of(viaFirst.performance());
            PartitionId slice = PartitionId.of(performance, "Floor#0");
            PartitionId section = PartitionId.of(performance, "A");
            assertThat(standingAcknowledged).isEqualTo(QUOTA);
            assertThat(RacingBuyers.placesHeld(events, slice, QUOTA)).isEqualTo(QUOTA);
            assertThat(RacingBuyers.seatsHeld(events, section)).isEqualTo(seatsAcknowledged);
            // two buyers want A-1-2 and one of them must win; A-2-1 comes only with one of the scarce standing
            // places, so whether a buyer of it wins depends on the race
            assertThat(seatsAcknowledged).contains("A-1-2");
            acknowledged.forEach(holdId -> assertThat(StoredEvents.of(events, holdId))
                    .singleElement().isInstanceOf(HoldPlaced.class));
            assertRejectedHoldsWereGivenBack(events, List.of(slice, section), acknowledged);
        }
    }

    /**
     * Every place a partition took for a hold that was never acknowledged was given back by the coordination
     * itself (not by the expiry, which is ten minutes away): the partition holds nothing for it any more.
     */
    private static void assertRejectedHoldsWereGivenBack(EventStore events, List<PartitionId> partitions,
                                                         Set<String> acknowledged) {
        for (PartitionId partition : partitions) {
            Map<String, Integer> heldPerHold = new HashMap<>();
            for (Object event : StoredEvents.of(events, partition.toString())) {
                switch (event) {
                    case SeatsHeld placed -> heldPerHold.merge(placed.holdId().toString(), placed.seats().size(), Integer::sum);
                    case StandingPlacesHeld placed -> heldPerHold.merge(placed.holdId().toString(), placed.quantity(), Integer::sum);
                    case SeatsReleased released -> {
                        assertThat(released.expired()).isFalse();
                        assertThat(acknowledged).doesNotContain(released.holdId().toString());
                        heldPerHold.merge(released.holdId().toString(), -released.seats().size(), Integer::sum);
                    }
                    case StandingPlacesReleased released -> {
                        assertThat(released.expired()).isFalse();
                        assertThat(acknowledged).doesNotContain(released.holdId().toString());
                        heldPerHold.merge(released.holdId().toString(), -released.quantity(), Integer::sum);
                    }
                    default -> assertThat(event).isInstanceOf(PartitionEvent.class);
                }
            }
            assertThat(heldPerHold.entrySet()).filteredOn(e -> !acknowledged.contains(e.getKey()))
                    .allSatisfy(e -> assertThat(e.getValue()).as("left held for rejected hold %s", e.getKey()).isZero());
        }
    }
}
