package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many buyers at once hold the same seats and a standing quota of ten: no seat is held twice, the quota is never
 * exceeded, a failed request leaves nothing held, and every acknowledged hold is recorded, all as the event store
 * has it.
 */
class HoldsConcurrencyTest extends ServerIntegrationTest {

    private static final int QUOTA = 10;

    @Autowired
    EventStore events;

    @Test
    void buyersRacingForTheSameSeatsAndQuotaNeverGetMoreThanThereIs() throws InterruptedException {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("race"));
        admin.put().uri("/api/v1/orgs/{org}/performances/{performance}/sections/Floor/capacity", onSale.org(),
                onSale.performance()).bodyValue(Map.of("capacity", QUOTA)).exchange().expectStatus().isNoContent();

        List<Callable<RacingBuyers.Outcome>> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.addAll(RacingBuyers.four(onSale));
        }
        List<JsonNode> held = RacingBuyers.held(AllAtOnce.run(buyers));
        Set<String> seatsAcknowledged = RacingBuyers.seats(held);

        PerformanceId performance = PerformanceId.of(onSale.performance());
        assertThat(RacingBuyers.standingPlaces(held)).isEqualTo(QUOTA);
        assertThat(RacingBuyers.placesHeld(events, PartitionId.of(performance, "Floor#0"), QUOTA)).isEqualTo(QUOTA);
        assertThat(RacingBuyers.seatsHeld(events, PartitionId.of(performance, "A"))).isEqualTo(seatsAcknowledged);
        // two buyers want A-1-2 and one of them must win; A-2-1 comes only with one of the scarce standing
        // places, so whether a buyer of it wins depends on the race
        assertThat(seatsAcknowledged).contains("A-1-2");
        held.forEach(hold -> assertThat(StoredEvents.of(events, hold.get("holdId").asString()))
                .singleElement().isInstanceOf(HoldPlaced.class));
    }
}
