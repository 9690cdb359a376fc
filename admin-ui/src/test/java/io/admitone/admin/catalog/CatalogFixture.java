package io.admitone.admin.catalog;

import io.admitone.admin.support.ServerApi;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * Builds a catalog through the server's API, as an integrator would, and waits until the read models show it, so
 * that a screen opened next finds it: a venue with seats in two price zones and a standing floor, an event there,
 * and an event on sale now.
 */
public final class CatalogFixture {

    /** A published event's performance, on sale now, and its ticket type for the front seats. */
    public record OnSale(UUID event, UUID performance, UUID frontSeats) {
    }

    private final ServerApi server;
    private final ServerApi.Staff owner;
    private final String token;

    public CatalogFixture(ServerApi server, ServerApi.Staff owner) {
        this.server = server;
        this.owner = owner;
        this.token = server.signIn(owner.email(), owner.password());
    }

    public String token() {
        return token;
    }

    /** "Hall": section A with rows 1 (zone front) and 2 (zone rear) of five seats, and a floor of 100 places. */
    public UUID venue(String name) {
        UUID venue = id(server.call("POST", orgPath("/venues"), token, Map.of("name", name,
                "timeZone", "Europe/Berlin", "city", "Berlin", "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front", "rows", List.of(
                                Map.of("label", "1", "seats", 5),
                                Map.of("label", "2", "seats", 5, "priceZone", "rear"))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 100)))));
        return readable("/venues/" + venue, () -> venue);
    }

    public UUID event(String title, UUID venue) {
        UUID event = id(server.call("POST", orgPath("/events"), token,
                Map.of("title", title, "category", "concert", "venueId", venue)));
        return readable("/events/" + event, () -> event);
    }

    /** A published event at a new venue with one performance on sale from an hour ago. */
    public OnSale onSale(String title) {
        UUID event = event(title, venue(title + " hall"));
        UUID performance = performance(event);
        UUID front = id(server.call("POST", orgPath("/events/" + event + "/ticket-types"), token, Map.of(
                "name", "Front", "price", Map.of("amount", "50.00", "currency", "EUR"), "priceZone", "front")));
        server.call("POST", orgPath("/events/" + event + "/publish"), token, null);
        return new OnSale(event, performance, front);
    }

    /** A performance of {@code event} in thirty days, on sale from an hour ago until it starts. */
    public UUID performance(UUID event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant starts = now.plus(Duration.ofDays(30));
        return id(server.call("POST", orgPath("/events/" + event + "/performances"), token, Map.of(
                "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(3)).toString(),
                "onSaleFrom", now.minus(Duration.ofHours(1)).toString(), "onSaleUntil", starts.toString())));
    }

    /** Holds seats as a buyer would, once the performance's inventory is open. */
    public void hold(OnSale onSale, String... seats) {
        List<Map<String, String>> wanted = List.of(seats).stream()
                .map(seat -> Map.of("seat", seat, "ticketTypeId", onSale.frontSeats().toString())).toList();
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> server.call("POST",
                orgPath("/performances/" + onSale.performance() + "/holds"), null, Map.of("seats", wanted)) != null);
    }

    private <T> T readable(String path, Supplier<T> answer) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> server.call("GET", orgPath(path), token, null) != null);
        return answer.get();
    }

    private String orgPath(String rest) {
        return "/api/v1/orgs/" + owner.organisation() + rest;
    }

    private static UUID id(JsonNode created) {
        return UUID.fromString(created.path("id").asString());
    }
}
