package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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

    record Outcome(int status, JsonNode body) {
    }

    @Test
    void buyersRacingForTheSameSeatsAndQuotaNeverGetMoreThanThereIs() throws InterruptedException {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("race"));
        admin.put().uri("/api/v1/orgs/{org}/performances/{performance}/sections/Floor/capacity", onSale.org(),
                onSale.performance()).bodyValue(Map.of("capacity", QUOTA)).exchange().expectStatus().isNoContent();

        List<Callable<Outcome>> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(() -> outcome(onSale, Map.of("items", List.of(item(onSale.floor(), 1)))));
            buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-1", "A-1-2"))));
            buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-2", "A-1-3"))));
            buyers.add(() -> outcome(onSale, Map.of("seats", seats(onSale, "A-2-1"),
                    "items", List.of(item(onSale.floor(), 1)))));
        }
        List<Outcome> outcomes = AllAtOnce.run(buyers);

        List<JsonNode> held = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::body).toList();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(201, 409));
        assertThat(outcomes).filteredOn(o -> o.status() == 409)
                .allSatisfy(o -> assertThat(o.body().get("code").asString()).isIn("sold-out", "seat-unavailable"));
        long standingAcknowledged = held.stream().flatMap(h -> h.get("lines").valueStream())
                .filter(line -> line.get("seat").isNull()).count();
        Set<String> seatsAcknowledged = new HashSet<>();
        held.stream().flatMap(h -> h.get("lines").valueStream()).filter(line -> !line.get("seat").isNull())
                .forEach(line -> assertThat(seatsAcknowledged.add(line.get("seat").asString())).isTrue());

        PerformanceId performance = PerformanceId.of(onSale.performance());
        assertThat(standingAcknowledged).isEqualTo(QUOTA);
        assertThat(placesHeld(PartitionId.of(performance, "Floor#0"))).isEqualTo(QUOTA);
        assertThat(seatsHeld(PartitionId.of(performance, "A"))).isEqualTo(seatsAcknowledged);
        assertThat(seatsAcknowledged).contains("A-1-2", "A-2-1");
        held.forEach(hold -> assertThat(StoredEvents.of(events, hold.get("holdId").asString()))
                .singleElement().isInstanceOf(HoldPlaced.class));
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
    private int placesHeld(PartitionId slice) {
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
    private Set<String> seatsHeld(PartitionId section) {
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
}
