package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HeldSeat;
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
import java.util.Arrays;
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

    record Outcome(int status, JsonNode body) {
    }

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

            List<Callable<Outcome>> buyers = new ArrayList<>();
            for (OnSaleFixture onSale : List.of(viaFirst, viaSecond)) {
                for (int i = 0; i < 6; i++) {
                    buyers.add(() -> outcome(onSale, Map.of("items", List.of(item(onSale.floor(), 1)))));
                    buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-1", "A-1-2"))));
                    buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-2", "A-1-3"))));
                    buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-2-1"),
                            "items", List.of(item(onSale.floor(), 1)))));
                }
            }
            List<Outcome> outcomes = AllAtOnce.run(buyers);

            assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(201, 409));
            assertThat(outcomes).filteredOn(o -> o.status() == 409)
                    .allSatisfy(o -> assertThat(o.body().get("code").asString()).isIn("sold-out", "seat-unavailable"));
            List<JsonNode> held = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::body).toList();
            long standingAcknowledged = held.stream().flatMap(h -> h.get("lines").valueStream())
                    .filter(line -> line.get("seat").isNull()).count();
            Set<String> seatsAcknowledged = new HashSet<>();
            held.stream().flatMap(h -> h.get("lines").valueStream()).filter(line -> !line.get("seat").isNull())
                    .forEach(line -> assertThat(seatsAcknowledged.add(line.get("seat").asString())).isTrue());
            Set<String> acknowledged = new HashSet<>(held.stream().map(h -> h.get("holdId").asString()).toList());

            EventStore events = second.context().getBean(EventStore.class);
            PerformanceId performance = PerformanceId.of(viaFirst.performance());
            PartitionId slice = PartitionId.of(performance, "Floor#0");
            PartitionId section = PartitionId.of(performance, "A");
            assertThat(standingAcknowledged).isEqualTo(QUOTA);
            assertThat(placesHeld(events, slice)).isEqualTo(QUOTA);
            assertThat(seatsHeld(events, section)).isEqualTo(seatsAcknowledged);
            assertThat(seatsAcknowledged).contains("A-1-2", "A-2-1");
            acknowledged.forEach(holdId -> assertThat(StoredEvents.of(events, holdId))
                    .singleElement().isInstanceOf(HoldPlaced.class));
            assertRejectedHoldsWereGivenBack(events, List.of(slice, section), acknowledged);
        }
    }

    private static Outcome outcome(OnSaleFixture onSale, Map<String, Object> body) {
        var result = onSale.hold(body).expectBody(JsonNode.class).returnResult();
        return new Outcome(result.getStatus().value(), result.getResponseBody());
    }

    private static Map<String, Object> item(String ticketType, int quantity) {
        return Map.of("ticketTypeId", ticketType, "quantity", quantity);
    }

    private static List<Map<String, Object>> seats(OnSaleFixture onSale, String... seats) {
        return Arrays.stream(seats).map(seat -> Map.<String, Object>of("seat", seat,
                "ticketTypeId", onSale.front())).toList();
    }

    /** Replays the slice's holds and releases; the places held never exceed the quota at any point. */
    private static int placesHeld(EventStore events, PartitionId slice) {
        int held = 0;
        for (Object event : StoredEvents.of(events, slice.toString())) {
            if (event instanceof StandingPlacesHeld placed) {
                held += placed.quantity();
            } else if (event instanceof StandingPlacesReleased released) {
                held -= released.quantity();
            }
            assertThat(held).isLessThanOrEqualTo(QUOTA);
        }
        return held;
    }

    /** Replays the section's holds and releases; a seat is never held while it is held already. */
    private static Set<String> seatsHeld(EventStore events, PartitionId section) {
        Set<String> held = new HashSet<>();
        for (Object event : StoredEvents.of(events, section.toString())) {
            if (event instanceof SeatsHeld placed) {
                placed.seats().stream().map(HeldSeat::key).forEach(seat -> assertThat(held.add(seat)).isTrue());
            } else if (event instanceof SeatsReleased released) {
                released.seats().stream().map(HeldSeat::key).forEach(held::remove);
            }
        }
        return held;
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
