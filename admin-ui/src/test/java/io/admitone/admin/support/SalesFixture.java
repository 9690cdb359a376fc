package io.admitone.admin.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * An event on sale now, built through the real server's API by an owner, and sales of it as a buyer makes them: a
 * venue with seated section A (two rows of 20 seats in zone front) and standing Floor of 500, one performance in
 * thirty days on sale since yesterday, and ticket type Floor at 49.50 EUR. Once built, its 540 places are open.
 */
public record SalesFixture(ServerApi server, UUID organisation, String ownerToken, String event, String performance,
                           String floor) {

    public static final Duration PROJECTED = Duration.ofSeconds(30);
    public static final int CAPACITY = 540;

    /** Puts an event called {@code title} on sale in the organisation of {@code owner}. */
    public static SalesFixture onSale(ServerApi server, ServerApi.Staff owner, String title) {
        String token = server.signIn(owner.email(), owner.password());
        String orgs = "/api/v1/orgs/" + owner.organisation();
        String venue = server.call("POST", orgs + "/venues", token, Map.of("name", "Arena",
                "timeZone", "Europe/Berlin", "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front", "rows", List.of(
                                Map.of("label", "1", "seats", 20), Map.of("label", "2", "seats", 20))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 500)))).path("id").asString();
        String event = server.call("POST", orgs + "/events", token,
                Map.of("title", title, "category", "concert", "venueId", venue)).path("id").asString();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        String performance = server.call("POST", orgs + "/events/" + event + "/performances", token, Map.of(
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(),
                "onSaleUntil", startsAt.toString())).path("id").asString();
        String floor = server.call("POST", orgs + "/events/" + event + "/ticket-types", token, Map.of(
                "name", "Floor", "price", Map.of("amount", "49.50", "currency", "EUR"), "section", "Floor",
                "maxPerOrder", 8)).path("id").asString();
        server.call("POST", orgs + "/events/" + event + "/publish", token, null);
        SalesFixture fixture = new SalesFixture(server, owner.organisation(), token, event, performance, floor);
        await().atMost(PROJECTED).until(() -> fixture.available() == CAPACITY);
        return fixture;
    }

    /** Holds {@code places} Floor places as a buyer would (no credentials) and answers the hold. */
    public JsonNode hold(int places) {
        return server.call("POST", "/api/v1/orgs/" + organisation + "/performances/" + performance + "/holds", null,
                Map.of("items", List.of(Map.of("ticketTypeId", floor, "quantity", places))));
    }

    /** Sells {@code places} Floor places to a buyer paying with the test provider's good card; answers the order. */
    public JsonNode sell(int places) {
        JsonNode hold = hold(places);
        return server.call("POST", "/api/v1/orgs/" + organisation + "/orders", null, Map.of(
                "holdId", hold.path("holdId").asString(), "holdToken", hold.path("holdToken").asString(),
                "buyer", Map.of("name", "Ada Buyer", "email", "ada@example.org"),
                "payment", Map.of("provider", "test", "method", "card-success")));
    }

    /** The places of the performance neither held nor sold, as the server's availability read model says. */
    public int available() {
        return server.call("GET", "/api/v1/orgs/" + organisation + "/performances/" + performance + "/availability",
                ownerToken, null).path("available").asInt();
    }
}
