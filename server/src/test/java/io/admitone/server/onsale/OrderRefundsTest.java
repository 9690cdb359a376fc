package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff refund paid orders by tickets or by amount and cancel orders; voided tickets' places are on sale again. */
class OrderRefundsTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;
    private WebTestClient boxOffice;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("refunds"));
        boxOffice = member(onSale.org(), StaffRole.BOX_OFFICE);
    }

    @Test
    void refundingTicketsVoidsThemAndPutsTheirPlacesBackOnSale() {
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 2)),
                "seats", List.of(Map.of("seat", "A-1-7", "ticketTypeId", onSale.front()),
                        Map.of("seat", "A-1-8", "ticketTypeId", onSale.front())))));
        String orderId = onSale.ordered(hold, "test", "card-success").get("orderId").asString();
        JsonNode order = readOrder(orderId, read -> read.get("tickets").size() == 4);
        List<String> refunded = List.of(ticket(order, "A-1-7"), ticket(order, null));

        refund(boxOffice, orderId, Map.of("ticketIds", refunded, "reason", "seat was broken"))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.refundId").isNotEmpty()
                .jsonPath("$.amount.amount").isEqualTo("138.50")
                .jsonPath("$.ticketIds.length()").isEqualTo(2)
                .jsonPath("$.status").isEqualTo("PARTIALLY_REFUNDED");

        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'A')].sold").isEqualTo(1)
                .jsonPath("$.sections[?(@.section == 'Floor')].sold").isEqualTo(1)
                .jsonPath("$.available").isEqualTo(538));
        assertThat(onSale.seatStatus("A-1-7")).isEqualTo("FREE");
        assertThat(onSale.seatStatus("A-1-8")).isEqualTo("SOLD");
        JsonNode read = readOrder(orderId, body -> body.get("status").asString().equals("PARTIALLY_REFUNDED"));
        assertThat(read.get("refunded").get("amount").asString()).isEqualTo("138.50");
        for (JsonNode ticket : read.get("tickets")) {
            boolean voided = refunded.contains(ticket.get("ticketId").asString());
            assertThat(ticket.get("status").asString()).isEqualTo(voided ? "VOID" : "VALID");
        }
        onSale.held(onSale.holdSeats("A-1-7"));
        refund(boxOffice, orderId, Map.of("ticketIds", List.of(ticket(order, "A-1-7")), "reason", "again"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ticket-already-void");
    }

    @Test
    void anAmountAlonePaysBackWithoutVoidingAndNeverMoreThanIsLeft() {
        String orderId = paidOrder("A-2-1");

        refund(boxOffice, orderId, Map.of("amount", euros("10.00"), "reason", "goodwill"))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.ticketIds.length()").isEqualTo(0)
                .jsonPath("$.status").isEqualTo("PARTIALLY_REFUNDED");
        refund(boxOffice, orderId, Map.of("amount", euros("79.01"), "reason", "too much"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("refund-exceeds-remaining");
        refund(boxOffice, orderId, Map.of("amount", Map.of("amount", "1.00", "currency", "USD"), "reason", "usd"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("refund-currency-mismatch");
        refund(boxOffice, orderId, Map.of("ticketIds", List.of(UUID.randomUUID()), "reason", "unknown"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("ticket-not-in-order");
        refund(boxOffice, orderId, Map.of("reason", "nothing"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-refund");
        refund(boxOffice, orderId, Map.of("amount", euros("1.00")))
                .expectStatus().isBadRequest();

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-1")).isEqualTo("SOLD"));
        JsonNode read = readOrder(orderId, body -> body.get("refunded").get("amount").asString().equals("10.00"));
        assertThat(read.get("tickets").findValuesAsString("status")).containsOnly("VALID");
    }

    @Test
    void cancellingAPaidOrderRefundsItInFullAndFreesEveryPlace() {
        String orderId = paidOrder("A-2-2", "A-2-3");

        cancel(boxOffice, orderId, "the show is off").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED");

        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'A')].sold").isEqualTo(0)
                .jsonPath("$.available").isEqualTo(540));
        JsonNode read = readOrder(orderId, body -> body.get("status").asString().equals("CANCELLED"));
        assertThat(read.get("refunded").get("amount").asString()).isEqualTo("178.00");
        assertThat(read.get("tickets").findValuesAsString("status")).containsOnly("VOID");
        cancel(boxOffice, orderId, "twice").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("order-not-cancellable");
        refund(boxOffice, orderId, Map.of("amount", euros("1.00"), "reason", "after"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("order-not-refundable");
    }

    @Test
    void cancellingAnUnpaidOfflineOrderPutsItsPlacesBackOnSale() {
        OfflinePayments.enable(admin, onSale.org());
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-4"));
        String orderId = onSale.ordered(hold, "offline", "bank-transfer").get("orderId").asString();
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-4")).isEqualTo("SOLD"));

        cancel(boxOffice, orderId, "buyer changed their mind").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED");

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-4")).isEqualTo("FREE"));
        boxOffice.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isEqualTo(409);
        onSale.held(onSale.holdSeats("A-2-4"));
        cancel(boxOffice, orderId, "").expectStatus().isBadRequest();
    }

    @Test
    void aRefundRepeatedWithTheSameIdempotencyKeyRefundsOnce() {
        String orderId = paidOrder("A-2-5");
        String key = "refund-" + UUID.randomUUID();
        List<String> refundIds = new ArrayList<>();

        for (int attempt = 0; attempt < 2; attempt++) {
            refundIds.add(boxOffice.post().uri("/api/v1/orgs/{org}/orders/{order}/refunds", onSale.org(), orderId)
                    .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("amount", euros("5.00"), "reason", "late start")).exchange()
                    .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                    .get("refundId").asString());
        }

        assertThat(refundIds.get(1)).isEqualTo(refundIds.get(0));
        JsonNode read = readOrder(orderId, body -> body.get("refunded").get("amount").asString().equals("5.00"));
        assertThat(read.get("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        refund(boxOffice, orderId, Map.of("amount", euros("84.00"), "reason", "rest"))
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void financeMayRefundWhileAnalystsMayNotAndAnotherOrganisationFindsNoOrder() {
        String orderId = paidOrder("A-2-6");
        Map<String, Object> body = Map.of("amount", euros("1.00"), "reason", "check");

        refund(member(onSale.org(), StaffRole.ANALYST), orderId, body).expectStatus().isForbidden();
        cancel(member(onSale.org(), StaffRole.ANALYST), orderId, "no").expectStatus().isForbidden();
        refund(http, orderId, body).expectStatus().isUnauthorized();
        String otherOrg = createOrganisation("refunds-other");
        member(otherOrg, StaffRole.FINANCE).post()
                .uri("/api/v1/orgs/{org}/orders/{order}/refunds", otherOrg, orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isNotFound();
        refund(member(onSale.org(), StaffRole.FINANCE), orderId, body).expectStatus().isCreated();
    }

    /** A confirmed order of the named seats, paid with the test provider. */
    private String paidOrder(String... seats) {
        return onSale.ordered(onSale.held(onSale.holdSeats(seats)), "test", "card-success").get("orderId")
                .asString();
    }

    private JsonNode readOrder(String orderId, Predicate<JsonNode> ready) {
        return await().atMost(PROJECTED).until(() -> {
            var result = boxOffice.get().uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).exchange()
                    .returnResult(JsonNode.class);
            return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
        }, body -> body != null && ready.test(body));
    }

    /** The id of the order's ticket for {@code seat}, or of its first standing ticket when {@code seat} is null. */
    private static String ticket(JsonNode order, String seat) {
        for (JsonNode ticket : order.get("tickets")) {
            String its = ticket.get("seat").isNull() ? null : ticket.get("seat").asString();
            if (seat == null ? its == null : seat.equals(its)) {
                return ticket.get("ticketId").asString();
            }
        }
        throw new AssertionError("No ticket for seat " + seat);
    }

    private static Map<String, String> euros(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    private WebTestClient.ResponseSpec refund(WebTestClient client, String orderId, Map<String, Object> body) {
        return client.post().uri("/api/v1/orgs/{org}/orders/{order}/refunds", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec cancel(WebTestClient client, String orderId, String reason) {
        return client.post().uri("/api/v1/orgs/{org}/orders/{order}/cancel", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange();
    }
}
