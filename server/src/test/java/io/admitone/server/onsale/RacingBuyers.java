package io.admitone.server.onsale;

import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import org.axonframework.eventsourcing.eventstore.EventStore;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyers of the concurrency tests, who race for one standing quota and for overlapping seats, what they were
 * told, and the replay of the partitions' events that shows what they really got.
 */
final class RacingBuyers {

    /** What one buyer was answered: 201 with the hold, or 409 with the problem. */
    record Outcome(int status, JsonNode body) {
    }

    private RacingBuyers() {
    }

    /** Four buyers: one standing place; seats A-1-1 and A-1-2; seats A-1-2 and A-1-3; seat A-2-1 with a place. */
    static List<Callable<Outcome>> four(OnSaleFixture onSale) {
        return List.of(
                () -> outcome(onSale, Map.of("items", List.of(item(onSale.floor())))),
                () -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-1", "A-1-2"))),
                () -> outcome(onSale, Map.of("seats", seats(onSale, "A-1-2", "A-1-3"))),
                () -> outcome(onSale, Map.of("seats", seats(onSale, "A-2-1"), "items", List.of(item(onSale.floor())))));
    }

    /** Every answer is a hold or a 409 that says why; answers the holds. */
    static List<JsonNode> held(List<Outcome> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(201, 409));
        assertThat(outcomes).filteredOn(o -> o.status() == 409)
                .allSatisfy(o -> assertThat(o.body().get("code").asString()).isIn("sold-out", "seat-unavailable"));
        return outcomes.stream().filter(o -> o.status() == 201).map(Outcome::body).toList();
    }

    static long standingPlaces(List<JsonNode> held) {
        return held.stream().flatMap(h -> h.get("lines").valueStream()).filter(line -> line.get("seat").isNull()).count();
    }

    /** The seats the holds were given; none of them twice. */
    static Set<String> seats(List<JsonNode> held) {
        Set<String> seats = new HashSet<>();
        held.stream().flatMap(h -> h.get("lines").valueStream()).filter(line -> !line.get("seat").isNull())
                .forEach(line -> assertThat(seats.add(line.get("seat").asString())).isTrue());
        return seats;
    }

    /** Replays the slice's holds and releases; the places held never exceed {@code quota} at any point. */
    static int placesHeld(EventStore events, PartitionId slice, int quota) {
        int held = 0;
        for (Object event : StoredEvents.of(events, slice.toString())) {
            if (event instanceof StandingPlacesHeld placed) {
                held += placed.quantity();
            } else if (event instanceof StandingPlacesReleased released) {
                held -= released.quantity();
            }
            assertThat(held).isLessThanOrEqualTo(quota);
        }
        return held;
    }

    /** Replays the section's holds and releases; a seat is never held while it is held already. */
    static Set<String> seatsHeld(EventStore events, PartitionId section) {
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

    private static Outcome outcome(OnSaleFixture onSale, Map<String, Object> body) {
        var result = onSale.hold(body).expectBody(JsonNode.class).returnResult();
        return new Outcome(result.getStatus().value(), result.getResponseBody());
    }

    private static Map<String, Object> item(String ticketType) {
        return Map.of("ticketTypeId", ticketType, "quantity", 1);
    }

    private static List<Map<String, Object>> seats(OnSaleFixture onSale, String... seats) {
        return Arrays.stream(seats).map(seat -> Map.<String, Object>of("seat", seat, "ticketTypeId", onSale.front()))
                .toList();
    }
}
