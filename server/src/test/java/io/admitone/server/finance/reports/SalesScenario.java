package io.admitone.server.finance.reports;

import io.admitone.server.catalog.CatalogRequests;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Money moved through the API for one organisation: an event on sale now at the pinned venue (seated zone front,
 * standing Floor) with ticket types of the test's terms; holds, orders, payments, refunds and cancellations by staff;
 * and its sales report as finance reads it, from the ledger once the read models have passed every write.
 */
public record SalesScenario(WebTestClient staff, WebTestClient buyer, WebTestClient finance, String org,
                            String event, String performance, Instant performanceStartsAt, AtomicLong position) {

    public static final Duration PROJECTED = Duration.ofSeconds(30);

    /** Creates the event and its performance, on sale from yesterday; ticket types and publishing come next. */
    public static SalesScenario onSale(WebTestClient staff, WebTestClient buyer, WebTestClient finance, String org) {
        String venue = CatalogRequests.createVenue(staff, org);
        String event = CatalogRequests.createEvent(staff, org, venue, "Books night", "concert");
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        String performance = CatalogRequests.scheduleOnSale(staff, org, event, startsAt);
        return new SalesScenario(staff, buyer, finance, org, event, performance, startsAt, new AtomicLong());
    }

    /** Terms of a ticket type selling the standing Floor or the seats of zone front, with tax and service fee. */
    public static Map<String, Object> terms(String name, String price, String section, String priceZone,
                                            String taxRate, String feeFixed, String feePercent) {
        Map<String, Object> terms = new HashMap<>(CatalogRequests.ticketType(name, price, "EUR", section, priceZone));
        terms.put("taxRate", taxRate);
        terms.put("maxPerOrder", 10);
        if (feeFixed != null) {
            terms.put("feeFixed", Map.of("amount", feeFixed, "currency", "EUR"));
        }
        if (feePercent != null) {
            terms.put("feePercent", feePercent);
        }
        return terms;
    }

    public String addTicketType(Map<String, Object> terms) {
        return written(staff.post().uri("/api/v1/orgs/{org}/events/{event}/ticket-types", org, event)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(terms).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult()).get("id").asString();
    }

    public void changeTicketType(String ticketType, Map<String, Object> terms) {
        written(staff.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, event, ticketType)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(terms).exchange().expectStatus().isNoContent()
                .expectBody().returnResult());
    }

    /** Publishes the event and waits until its inventory is open: 540 places. */
    public void publish() {
        staff.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().is2xxSuccessful();
        await().atMost(PROJECTED).untilAsserted(() -> buyer.get()
                .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.available").isEqualTo(540));
    }

    /** Holds the quantities, in the order given, as {ticketTypeId, quantity} pairs. */
    public JsonNode hold(Object... typesAndQuantities) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < typesAndQuantities.length; i += 2) {
            items.add(Map.of("ticketTypeId", typesAndQuantities[i], "quantity", typesAndQuantities[i + 1]));
        }
        return buyer.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("items", items)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Turns the hold into an order paid with the provider's method; answers the order as created. */
    public JsonNode order(JsonNode hold, String provider, String method) {
        return written(buyer.post().uri("/api/v1/orgs/{org}/orders", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("holdId", hold.get("holdId").asString(),
                        "holdToken", hold.get("holdToken").asString(),
                        "buyer", Map.of("name", "Ada Buyer", "email", "ada@example.org"),
                        "payment", Map.of("provider", provider, "method", method)))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult());
    }

    public void markPaid(String orderId) {
        written(staff.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", org, orderId).exchange()
                .expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult());
    }

    /** Pays back {@code amount} EUR without voiding tickets; answers the refund. */
    public JsonNode refundAmount(String orderId, String amount) {
        return refund(orderId, Map.of("amount", Map.of("amount", amount, "currency", "EUR"), "reason", "goodwill"));
    }

    /** Voids the tickets and pays back their prices; answers the refund. */
    public JsonNode refundTickets(String orderId, List<String> ticketIds) {
        return refund(orderId, Map.of("ticketIds", ticketIds, "reason", "seat was broken"));
    }

    public void cancel(String orderId) {
        written(staff.post().uri("/api/v1/orgs/{org}/orders/{order}/cancel", org, orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "the buyer cannot come"))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult());
    }

    /** The order's tickets as staff read them, once its confirmation is projected. */
    public List<JsonNode> tickets(String orderId, int count) {
        JsonNode order = await().atMost(PROJECTED).until(() -> {
            var result = staff.get().uri("/api/v1/orgs/{org}/orders/{order}", org, orderId).exchange()
                    .returnResult(JsonNode.class);
            return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
        }, read -> read != null && read.get("tickets").size() == count);
        List<JsonNode> tickets = new ArrayList<>();
        order.get("tickets").forEach(tickets::add);
        return tickets;
    }

    /** The sales report as JSON; {@code query} is empty or starts with {@code &}. */
    public JsonNode report(String query) {
        return finance.get().uri(reportUri(query)).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The sales report as CSV. */
    public String csv(String query) {
        return finance.get().uri(reportUri(query)).accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** Waits for the read models (the ledger among them) to pass every write made through this scenario. */
    public String reportUri(String query) {
        return "/api/v1/orgs/" + org + "/reports/sales?minPosition=" + position.get() + query;
    }

    private JsonNode refund(String orderId, Map<String, Object> body) {
        return written(staff.post().uri("/api/v1/orgs/{org}/orders/{order}/refunds", org, orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult());
    }

    private <T> T written(EntityExchangeResult<T> result) {
        String at = result.getResponseHeaders().getFirst("X-AdmitOne-Position");
        if (at != null) {
            position.accumulateAndGet(Long.parseLong(at), Math::max);
        }
        return result.getResponseBody();
    }
}
