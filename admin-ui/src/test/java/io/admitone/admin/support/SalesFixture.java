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
 * Real sales for the screens to show, made through the server's API as an organisation and its storefront would: a
 * published event at a venue with a standing Floor (500 places, 49.50 EUR a ticket) and seated section A (ten seats),
 * two performances on sale now, holds, and orders paid at once with the test provider's {@code card-success} or left
 * to be paid in cash (through the bundled plugin {@code offline-payments}, enabled for it).
 */
public final class SalesFixture {

    /** How long a write may take to reach the read models the screens read. */
    public static final Duration PROJECTED = Duration.ofSeconds(30);
    /** The places of each performance: the Floor and section A. */
    public static final int CAPACITY = 510;

    /** An order as the tests know it: its id, its buyer's e-mail and its tickets' codes. */
    public record Order(UUID orderId, String buyerEmail, List<String> codes) {
    }

    private final ServerApi server;
    private final ServerApi.Staff owner;
    private final String ownerToken;
    private final String org;
    private final UUID event;
    private final String title;
    private final UUID performance;
    private final UUID otherPerformance;
    private final String floor;

    private SalesFixture(ServerApi server, ServerApi.Staff owner, String ownerToken, UUID event, String title,
                         UUID performance, UUID otherPerformance, String floor) {
        this.server = server;
        this.owner = owner;
        this.ownerToken = ownerToken;
        this.org = owner.organisation().toString();
        this.event = event;
        this.title = title;
        this.performance = performance;
        this.otherPerformance = otherPerformance;
        this.floor = floor;
    }

    /** A new organisation, whose owner builds and publishes the event; its inventory is open when this returns. */
    public static SalesFixture onSale(ServerApi server) {
        return onSale(server, server.newOrganisationWithMember("owner"), "Night of Strings");
    }

    /** An event called {@code title} put on sale by {@code owner} in their organisation; open when this returns. */
    public static SalesFixture onSale(ServerApi server, ServerApi.Staff owner, String title) {
        String token = server.signIn(owner.email(), owner.password());
        String org = owner.organisation().toString();
        String venue = server.call("POST", "/api/v1/orgs/" + org + "/venues", token, Map.of("name", "Arena",
                "timeZone", "Europe/Berlin", "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front",
                                "rows", List.of(Map.of("label", "1", "seats", 10))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 500)))).path("id").asString();
        UUID event = UUID.fromString(server.call("POST", "/api/v1/orgs/" + org + "/events", token,
                Map.of("title", title, "category", "concert", "venueId", venue)).path("id").asString());
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        UUID performance = schedule(server, token, org, event, startsAt);
        UUID otherPerformance = schedule(server, token, org, event, startsAt.plus(Duration.ofDays(1)));
        String floor = server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/ticket-types", token,
                Map.of("name", "Floor", "price", Map.of("amount", "49.50", "currency", "EUR"), "section", "Floor",
                        "maxPerOrder", 8)).path("id").asString();
        server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/publish", token, null);
        SalesFixture sales = new SalesFixture(server, owner, token, event, title, performance, otherPerformance,
                floor);
        // The inventory opens shortly after publishing; until then a hold is refused.
        await().atMost(PROJECTED).ignoreExceptions().until(() -> sales.available() == CAPACITY);
        return sales;
    }

    private static UUID schedule(ServerApi server, String token, String org, UUID event, Instant startsAt) {
        return UUID.fromString(server.call("POST", "/api/v1/orgs/" + org + "/events/" + event + "/performances",
                token, Map.of("startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                        "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "onSaleUntil", startsAt.toString())).path("id").asString());
    }

    public ServerApi.Staff owner() {
        return owner;
    }

    public String ownerToken() {
        return ownerToken;
    }

    /** Another member of the organisation with these roles ({@code analyst}, {@code box-office}, ...). */
    public ServerApi.Staff member(String... roles) {
        return server.newMember(owner.organisation(), ownerToken, List.of(roles));
    }

    public UUID event() {
        return event;
    }

    public String title() {
        return title;
    }

    public UUID performance() {
        return performance;
    }

    public UUID otherPerformance() {
        return otherPerformance;
    }

    /** Holds {@code places} Floor places of the first performance as a buyer would (no credentials); the hold. */
    public JsonNode hold(int places) {
        return hold(performance, places);
    }

    /** The first performance's places neither held nor sold, as the server's availability read model says. */
    public int available() {
        return server.call("GET", "/api/v1/orgs/" + org + "/performances/" + performance + "/availability",
                ownerToken, null).path("available").asInt();
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
        enableOfflinePayments();
        UUID orderId = place(performance, buyerName, buyerEmail, tickets, Map.of("provider", "offline",
                "method", "cash"));
        await().atMost(PROJECTED).ignoreExceptions().until(() -> read(orderId), node -> true);
        return new Order(orderId, buyerEmail, List.of());
    }

    /** The bundled plugin that offers offline payment, enabled for the organisation (again, if it was). */
    private void enableOfflinePayments() {
        String plugins = "/api/v1/orgs/" + org + "/plugins";
        server.call("PUT", plugins + "/offline-payments", ownerToken, Map.of("settings", Map.of()));
        await().atMost(PROJECTED).until(() -> server.call("GET", plugins, ownerToken, null).path("plugins"),
                listed -> listed.valueStream().anyMatch(plugin -> plugin.path("enabled").asBoolean()
                        && plugin.path("plugin").path("id").asString().equals("offline-payments")));
    }

    private UUID place(UUID performance, String buyerName, String buyerEmail, int tickets, Map<String, String> payment) {
        JsonNode hold = hold(performance, tickets);
        JsonNode placed = server.call("POST", "/api/v1/orgs/" + org + "/orders", null, Map.of(
                "holdId", hold.path("holdId").asString(), "holdToken", hold.path("holdToken").asString(),
                "buyer", Map.of("name", buyerName, "email", buyerEmail), "payment", payment));
        return UUID.fromString(placed.path("orderId").asString());
    }

    private JsonNode hold(UUID performance, int places) {
        // The other performance's inventory may open a moment after the first one's.
        return await().atMost(PROJECTED).ignoreExceptions().until(() -> server.call("POST",
                "/api/v1/orgs/" + org + "/performances/" + performance + "/holds", null,
                Map.of("items", List.of(Map.of("ticketTypeId", floor, "quantity", places)))), node -> true);
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
