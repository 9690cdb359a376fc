package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Holds whose expiries are still pending when the server stops all expire once it runs again on the same
 * database: each partition frees its places exactly once, and the availability shows them free.
 */
class HoldExpiryAcrossRestartTest {

    private static final Duration EXPIRED = Duration.ofSeconds(60);

    @Test
    void holdsPendingExpiryWhenTheServerStopsExpireAfterItStartsAgain() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("admitone.onsale.hold-duration", "PT6S");
        OnSaleFixture placed;
        List<String> holds = new ArrayList<>();
        try (RunningServer before = RunningServer.start(properties)) {
            placed = OnSaleFixture.onSale(before.admin(), before.http(),
                    OnSaleFixture.organisation(before.admin()));
            holds.add(holdId(placed.held(placed.holdItem(placed.floor(), 3))));
            holds.add(holdId(placed.held(placed.holdSeats("A-1-1", "A-1-2"))));
            holds.add(holdId(placed.held(placed.hold(Map.of(
                    "items", List.of(Map.of("ticketTypeId", placed.floor(), "quantity", 2)),
                    "seats", List.of(Map.of("seat", "A-2-5", "ticketTypeId", placed.front())))))));
            holds.add(holdId(placed.held(placed.holdItem(placed.front(), 2))));
        }

        try (RunningServer after = RunningServer.start(properties)) {
            OnSaleFixture onSale = new OnSaleFixture(after.http(), placed.org(), placed.event(),
                    placed.performance(), placed.floor(), placed.front());
            EventStore events = after.context().getBean(EventStore.class);
            Set<PartitionId> partitions = new HashSet<>();
            for (String holdId : holds) {
                HoldPlaced hold = (HoldPlaced) StoredEvents.of(events, holdId).getFirst();
                hold.places().forEach(place -> partitions.add(place.partitionId()));
                await().atMost(EXPIRED).untilAsserted(() -> assertThat(StoredEvents.of(events, holdId))
                        .last().isInstanceOf(HoldExpired.class));
                hold.places().forEach(place -> await().atMost(EXPIRED).untilAsserted(() ->
                        assertThat(releasesOf(events, place.partitionId(), holdId)).isEqualTo(place.quantity())));
            }
            await().atMost(EXPIRED).untilAsserted(() -> onSale.availability().jsonPath("$.available").isEqualTo(540));
            for (String seat : List.of("A-1-1", "A-1-2", "A-2-5")) {
                assertThat(onSale.seatStatus(seat)).isEqualTo("FREE");
            }
            assertThat(partitions).containsExactlyInAnyOrder(PartitionId.of(PerformanceId.of(placed.performance()), "A"),
                    PartitionId.of(PerformanceId.of(placed.performance()), "Floor#0"));
            assertEachHoldReleasedOnce(events, partitions);
        }
    }

    private static String holdId(JsonNode hold) {
        return hold.get("holdId").asString();
    }

    /** The places a partition freed, by expiry, for a hold. */
    private static int releasesOf(EventStore events, PartitionId partition, String holdId) {
        return StoredEvents.of(events, partition.toString()).stream().mapToInt(event -> switch (event) {
            case SeatsReleased released when released.holdId().toString().equals(holdId) -> {
                assertThat(released.expired()).isTrue();
                yield released.seats().size();
            }
            case StandingPlacesReleased released when released.holdId().toString().equals(holdId) -> {
                assertThat(released.expired()).isTrue();
                yield released.quantity();
            }
            default -> 0;
        }).sum();
    }

    /** No partition frees a seat, or a slice its places, twice for one hold. */
    private static void assertEachHoldReleasedOnce(EventStore events, Set<PartitionId> partitions) {
        List<String> releases = new ArrayList<>();
        for (PartitionId partition : partitions) {
            for (Object event : StoredEvents.of(events, partition.toString())) {
                if (event instanceof SeatsReleased released) {
                    released.seats().stream().map(HeldSeat::key).forEach(seat -> releases.add(released.holdId() + "/" + seat));
                } else if (event instanceof StandingPlacesReleased released) {
                    releases.add(released.holdId() + "/" + partition);
                }
            }
        }
        assertThat(releases).doesNotHaveDuplicates();
    }
}
