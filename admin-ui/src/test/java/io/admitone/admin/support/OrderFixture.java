package io.admitone.admin.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Real sales to test the order screens with, made through the server's API as a storefront and its organisation
 * would: a published event at a venue with a standing Floor (500 places, 49.50 EUR a ticket) and seated section A,
 * two performances on sale now, and orders paid at once with the test provider's {@code card-success} or left to
 * be paid in cash.
 */
public final class OrderFixture {

    /** How long a write may take to reach the read models the screens read. */
    public static final Duration PROJECTED = Duration.ofSeconds(30);

    /** An order as the tests know it: its id, its buyer's e-mail and its tickets' codes. */
    public record Order(UUID orderId, String buyerEmail, List<String> codes) {
    }

    private final ServerApi server;
    private final ServerApi.Staff owner;
    private final String ownerToken;
    private final String org;
    private final UUID performance;
    private final UUID otherPerformance;
    private final String floor;

    private OrderFixture(ServerApi server, ServerApi.Staff owner, String ownerToken, UUID performance,
                         UUID otherPerformance, String floor) {
        this.server = server;
        this.owner = owner;
        this.ownerToken = ownerToken;
        this.org = owner.organisation().toString();
        this.performance = performance;
        this.otherPerformance = otherPerformance;
        this.floor = floor;
    }

    /** A new organisation, whose owner builds and publishes the event; its inventory is open when this returns. */
    public static OrderFixture onSale(ServerApi server) {
        ServerApi.Staff owner = server.newOrganisationWithMember("owner");
        String token = server.signIn(owner.email(), owner.password());
        String org = owner.organisation().toString();
        String venue = server.call("POST", "/api/v1/orgs/" + org + "/venues", token, Map.of("name", "Arena",
                "timeZone", "Europe/Berlin", "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front",
                                "rows", List.of(Map.of("label", "1", "seats", 10))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 500)))).path("id").asString();
        String event = server.call("POST", "/api/v1/orgs/" + org + "/events", token,
                Map.of("title", "Night of Strings", "category", "concert", "venueId", venue)).path("id").asString();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        UUID performance = schedule(server, token, org, event, startsAt);
        UUID otherPerformance = schedule(server, token, org, event, startsAt.plus(Duration.ofDays(1)));
        String floor = server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/ticket-types", token,
                Map.of("name", "Floor", "price", Map.of("amount", "49.50", "currency", "EUR"), "section", "Floor",
                        "maxPerOrder", 8)).path("id").asString();
        server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/publish", token, null);
        return new OrderFixture(server, owner, token, performance, otherPerformance, floor);
    }

    private static UUID schedule(ServerApi server, String token, String org, String event, Instant startsAt) {
        return UUID.fromString(server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/performances",
                token, Map.of("startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                        "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "onSaleUntil", startsAt.toString())).path("id").asString());
    }

    public ServerApi.Staff owner() {
        return owner;
    }

    /** Another member of the organisation with these roles ({@code analyst}, {@code box-office}, ...). */
    public ServerApi.Staff member(String... roles) {
        return server.newMember(owner.organisation(), ownerToken, List.of(roles));
    }

    public UUID performance() {
        return performance;
    }

    public UUID otherPerformance() {
        return otherPerformance;
    }

    /** A paid order of {@code tickets} Floor tickets for the first performance, once staff can read its tickets. */
    public Order order(String buyerName, String buyerEmail, int tickets) {
        return order(performance, buyerName, buyerEmail, tickets);
    }

    public Order order(UUID performance, String buyerName, String buyerEmail, int tickets) {
        UUID orderId = place(performance, buyerName, buyerEmail, tickets, Map.of("provider", "test",
                "method", "card-success"));
        JsonNode read = await().atMost(PROJECTED).ignoreExceptions()
                .until(() -> read(orderId), node -> node.path("tickets").size() == tickets);
        List<String> codes = new ArrayList<>();
        read.path("tickets").forEach(ticket -> codes.add(ticket.path("code").asString()));
        return new Order(orderId, buyerEmail, List.copyOf(codes));
    }

    /** An order to be paid in cash at the box office: it awaits payment, without tickets, until staff mark it paid. */
    public Order offlineOrder(String buyerName, String buyerEmail, int tickets) {
        UUID orderId = place(performance, buyerName, buyerEmail, tickets, Map.of("provider", "offline",
                "method", "cash"));
        await().atMost(PROJECTED).ignoreExceptions().until(() -> read(orderId), node -> true);
        return new Order(orderId, buyerEmail, List.of());
    }

    private UUID place(UUID performance, String buyerName, String buyerEmail, int tickets, Map<String, String> payment) {
        // The inventory opens shortly after publishing; until then a hold is refused.
        JsonNode hold = await().atMost(PROJECTED).ignoreExceptions().until(() -> server.call("POST",
                "/api/v1/orgs/" + org + "/performances/" + performance + "/holds", null,
                Map.of("items", List.of(Map.of("ticketTypeId", floor, "quantity", tickets)))), node -> true);
        JsonNode placed = server.call("POST", "/api/v1/orgs/" + org + "/orders", null, Map.of(
                "holdId", hold.path("holdId").asString(), "holdToken", hold.path("holdToken").asString(),
                "buyer", Map.of("name", buyerName, "email", buyerEmail), "payment", payment));
        return UUID.fromString(placed.path("orderId").asString());
    }

    /** The order as the server's API shows it to its owner now. */
    public JsonNode read(UUID orderId) {
        return server.call("GET", "/api/v1/orgs/" + org + "/orders/" + orderId, ownerToken, null);
    }

    /** A buyer e-mail no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
