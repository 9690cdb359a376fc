package io.admitone.admin.support;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Money that moved in an organisation, made through the real server's API as a box office and a buyer would make it:
 * a published event at a venue with a standing Floor, on sale now, and a sale of Floor tickets paid with the test
 * provider's card that succeeds.
 */
public final class FinanceFixture {

    /** A sale: the event it was for, its title, and the order's total. */
    public record Sale(String eventId, String eventTitle, String orderId, String total) {
    }

    private record OnSale(String event, String performance) {
    }

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private final ServerApi server;

    public FinanceFixture(ServerApi server) {
        this.server = server;
    }

    /** Sells {@code tickets} Floor tickets at 49.50 EUR each in {@code staff}'s organisation, paid at once. */
    public Sale sale(ServerApi.Staff staff, int tickets) {
        String token = server.signIn(staff.email(), staff.password());
        String org = "/api/v1/orgs/" + staff.organisation();
        String title = "Gala " + UUID.randomUUID().toString().substring(0, 8);
        OnSale onSale = onSale(org, token, title);
        String ticketType = server.call("POST", org + "/events/" + onSale.event() + "/ticket-types", token, Map.of(
                "name", "Floor", "price", Map.of("amount", "49.50", "currency", "EUR"), "section", "Floor"))
                .path("id").asString();
        server.call("POST", org + "/events/" + onSale.event() + "/publish", token, null);
        // The performance's inventory opens a moment after the event is published.
        JsonNode hold = await().atMost(PROJECTED).ignoreExceptions().until(() -> server.call("POST",
                org + "/performances/" + onSale.performance() + "/holds", null, Map.of("items", List.of(
                        Map.of("ticketTypeId", ticketType, "quantity", tickets)))), held -> true);
        JsonNode order = server.call("POST", org + "/orders", null, Map.of(
                "holdId", hold.path("holdId").asString(), "holdToken", hold.path("holdToken").asString(),
                "buyer", Map.of("name", "Ada Buyer", "email", "ada@example.org"),
                "payment", Map.of("provider", "test", "method", "card-success")));
        return new Sale(onSale.event(), title, order.path("orderId").asString(), order.path("total").path("amount").asString());
    }

    private OnSale onSale(String org, String token, String title) {
        String venue = server.call("POST", org + "/venues", token, Map.of("name", "Hall", "timeZone", "Europe/Berlin",
                "sections", List.of(Map.of("name", "Floor", "kind", "STANDING", "capacity", 200))))
                .path("id").asString();
        String event = server.call("POST", org + "/events", token, Map.of("title", title, "category", "concert",
                "venueId", venue)).path("id").asString();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        String performance = server.call("POST", org + "/events/" + event + "/performances", token, Map.of(
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(), "onSaleUntil", startsAt.toString()))
                .path("id").asString();
        return new OnSale(event, performance);
    }
}
