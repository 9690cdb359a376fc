package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With holds of two seconds: an expired hold's places are free again, each partition having freed its own. */
class HoldExpiryTest extends ServerIntegrationTest {

    private static final Duration EXPIRED = Duration.ofSeconds(60);

    @Autowired
    EventStore events;

    @DynamicPropertySource
    static void shortHolds(DynamicPropertyRegistry registry) {
        registry.add("admitone.onsale.hold-duration", () -> "PT2S");
    }

    @Test
    void anExpiredHoldsSeatsAndPlacesAreFreeAgain() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("expiry"));
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 2)),
                "seats", List.of(Map.of("seat", "A-1-1", "ticketTypeId", onSale.front())))));
        String holdId = hold.get("holdId").asString();

        await().atMost(EXPIRED).untilAsserted(() -> assertThat(StoredEvents.of(events, holdId))
                .last().isInstanceOf(HoldExpired.class));
        PerformanceId performance = PerformanceId.of(onSale.performance());
        await().atMost(EXPIRED).untilAsserted(() -> {
            assertThat(StoredEvents.of(events, PartitionId.of(performance, "A").toString()))
                    .last().isInstanceOfSatisfying(SeatsReleased.class, released -> assertThat(released.expired()).isTrue());
            assertThat(StoredEvents.of(events, PartitionId.of(performance, "Floor#0").toString()))
                    .last().isInstanceOfSatisfying(StandingPlacesReleased.class,
                            released -> assertThat(released.quantity()).isEqualTo(2));
        });
        await().atMost(EXPIRED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.available").isEqualTo(540));
        assertThat(onSale.seatStatus("A-1-1")).isEqualTo("FREE");

        onSale.release(holdId, hold.get("holdToken").asString()).expectStatus().isNoContent();
        onSale.held(onSale.holdSeats("A-1-1"));
    }

    @Test
    void anExpiredHoldCannotBecomeAnOrder() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("expiry-order"));
        JsonNode hold = onSale.held(onSale.holdSeats("A-1-2"));

        await().atMost(EXPIRED).untilAsserted(() -> assertThat(StoredEvents.of(events, hold.get("holdId").asString()))
                .last().isInstanceOf(HoldExpired.class));
        onSale.order(hold, hold.get("holdToken").asString(), "test", "card-success").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("hold-expired");
    }
}
