package io.admitone.server.onsale;

import io.admitone.server.ServerIntegrationTest;

import io.admitone.server.catalog.CatalogRequests;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A published event on sale now through the API: the pinned venue (section A, two rows of 20 seats in zone front;
 * standing Floor of 500), one performance, ticket types Floor (49.50 EUR, at most 8 per order) and Front
 * (89.00 EUR). Its inventory is open once the fixture is built.
 */
public record OnSaleFixture(WebTestClient buyer, String org, String event, String performance, String floor,
                     String front) {

    public static final Duration PROJECTED = Duration.ofSeconds(30);

    public static OnSaleFixture onSale(WebTestClient staff, WebTestClient buyer, String org) {
        return onSale(staff, buyer, org, Instant.now().plus(Duration.ofDays(30)));
    }

    /** The same with its performance starting at {@code startsAt}. */
    public static OnSaleFixture onSale(WebTestClient staff, WebTestClient buyer, String org, Instant startsAt) {
        String event = CatalogRequests.createEvent(staff, org, CatalogRequests.createVenue(staff, org), "On sale",
                "concert");
        String performance = CatalogRequests.scheduleOnSale(staff, org, event, startsAt);
        Map<String, Object> floorTerms = new HashMap<>(CatalogRequests.ticketType("Floor", "49.50", "EUR", "Floor",
                null));
        floorTerms.put("maxPerOrder", 8);
        String floor = CatalogRequests.addTicketType(staff, org, event, floorTerms);
        String front = CatalogRequests.addTicketType(staff, org, event,
                CatalogRequests.ticketType("Front", "89.00", "EUR", null, "front"));
        staff.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().is2xxSuccessful();
        OnSaleFixture fixture = new OnSaleFixture(buyer, org, event, performance, floor, front);
        await().atMost(PROJECTED).untilAsserted(() -> fixture.availability().jsonPath("$.available").isEqualTo(540));
        return fixture;
    }

    /** Creates an organisation through a server's platform admin, for tests that start servers of their own. */
    static String organisation(WebTestClient admin) {
        return ServerIntegrationTest.newOrganisation(admin, "on-sale");
    }

    public WebTestClient.ResponseSpec hold(Map<String, Object> body) {
        return buyer.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec holdItem(String ticketType, int quantity) {
        return hold(Map.of("items", List.of(Map.of("ticketTypeId", ticketType, "quantity", quantity))));
    }

    public WebTestClient.ResponseSpec holdSeats(String... seats) {
        return hold(Map.of("seats", Arrays.stream(seats)
                .map(seat -> Map.of("seat", seat, "ticketTypeId", front)).toList()));
    }

    /** Holds and answers the created hold's body. */
    public JsonNode held(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec release(String holdId, String token) {
        return buyer.delete().uri("/api/v1/orgs/{org}/holds/{hold}", org, holdId).header("X-Hold-Token", token)
                .exchange();
    }

    /** Turns the hold into an order of Ada's, paid with the provider's method. */
    public WebTestClient.ResponseSpec order(JsonNode hold, String holdToken, String provider, String method) {
        return order(hold, holdToken, Map.of("name", "Ada Buyer", "email", "ada@example.org"), provider, method);
    }

    /** Turns the hold into an order of this buyer's, paid with the test card at once, and answers the order. */
    public JsonNode orderedBy(JsonNode hold, String name, String email) {
        return order(hold, hold.get("holdToken").asString(), Map.of("name", name, "email", email), "test",
                "card-success").expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec order(JsonNode hold, String holdToken, Map<String, String> buyer,
                                             String provider, String method) {
        return this.buyer.post().uri("/api/v1/orgs/{org}/orders", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("holdId", hold.get("holdId").asString(), "holdToken", holdToken,
                        "buyer", buyer, "payment", Map.of("provider", provider, "method", method)))
                .exchange();
    }

    public JsonNode ordered(JsonNode hold, String provider, String method) {
        return order(hold, hold.get("holdToken").asString(), provider, method).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    WebTestClient.BodyContentSpec availability() {
        return buyer.get().uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance)
                .exchange().expectStatus().isOk().expectBody();
    }

    String seatStatus(String seat) {
        JsonNode map = buyer.get().uri("/api/v1/orgs/{org}/performances/{performance}/seats", org, performance)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode row : map.get("sections").get(0).get("rows")) {
            for (JsonNode place : row.get("seats")) {
                if (place.get("key").asString().equals(seat)) {
                    return place.get("status").asString();
                }
            }
        }
        throw new AssertionError("No seat " + seat);
    }

    /** The order as its buyer reads it with its token, or null while it is not projected yet. */
    public JsonNode readOrder(String orderId, String token) {
        var result = buyer.get().uri("/api/v1/orgs/{org}/orders/{order}", org, orderId)
                .header("X-Order-Token", token).exchange().returnResult(JsonNode.class);
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
    }
}
