package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Buyers turn holds into orders paid with the built-in providers; staff mark offline orders paid. */
class OrdersTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("orders"));
    }

    @Test
    void aSettledTestPaymentConfirmsTheOrderAndSellsItsPlaces() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-1-7", "A-1-8"));

        JsonNode order = onSale.ordered(hold, "test", "card-success");

        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.get("orderToken").asString()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(order.get("total").get("amount").asString()).isEqualTo("178.00");
        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'A')].held").isEqualTo(0)
                .jsonPath("$.sections[?(@.section == 'A')].sold").isEqualTo(2)
                .jsonPath("$.available").isEqualTo(538));
        assertThat(onSale.seatStatus("A-1-7")).isEqualTo("SOLD");
        onSale.holdSeats("A-1-7").expectStatus().isEqualTo(409);
    }

    @Test
    void standingPlacesAreSoldToo() {
        JsonNode hold = onSale.held(onSale.holdItem(onSale.floor(), 3));

        assertThat(onSale.ordered(hold, "test", "card-success").get("status").asString()).isEqualTo("CONFIRMED");

        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'Floor')].held").isEqualTo(0)
                .jsonPath("$.sections[?(@.section == 'Floor')].sold").isEqualTo(3));
    }

    @Test
    void aDeclinedPaymentFailsTheOrderAndFreesTheHoldsPlaces() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-1"));

        JsonNode order = onSale.ordered(hold, "test", "card-declined");

        assertThat(order.get("status").asString()).isEqualTo("PAYMENT_FAILED");
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-1")).isEqualTo("FREE"));
        onSale.held(onSale.holdSeats("A-2-1"));
        onSale.order(hold, hold.get("holdToken").asString(), "test", "card-success").expectStatus().isEqualTo(409);
    }

    @Test
    void aPaymentThatRequiresActionAwaitsTheBuyersConfirmation() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-2"));

        JsonNode order = onSale.ordered(hold, "test", "card-requires-action");

        assertThat(order.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(order.get("nextAction").asString()).isEqualTo("confirm-payment");
        String orderId = order.get("orderId").asString();
        confirmPayment(orderId, "not-the-token").expectStatus().isNotFound();
        confirmPayment(orderId, order.get("orderToken").asString()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        confirmPayment(orderId, order.get("orderToken").asString()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("nothing-to-confirm");
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-2")).isEqualTo("SOLD"));
    }

    @Test
    void anOfflineOrderAwaitsPaymentUntilStaffMarkItPaid() {
        OfflinePayments.enable(admin, onSale.org());
        JsonNode hold = onSale.held(onSale.holdItem(onSale.floor(), 2));

        JsonNode order = onSale.ordered(hold, "offline", "bank-transfer");

        assertThat(order.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(order.get("nextAction").isNull()).isTrue();
        String orderId = order.get("orderId").asString();
        http.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isUnauthorized();
        member(onSale.org(), StaffRole.ANALYST).post()
                .uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isForbidden();
        member(onSale.org(), StaffRole.BOX_OFFICE).post()
                .uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        member(onSale.org(), StaffRole.BOX_OFFICE).post()
                .uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isEqualTo(409);
        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'Floor')].sold").isEqualTo(2));
    }

    @Test
    void aWrongHoldTokenFindsNoHoldAndTakesNothing() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-11"));

        onSale.order(hold, "not-the-token", "test", "card-success").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("hold-not-found");

        assertThat(onSale.ordered(hold, "test", "card-success").get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aReleasedHoldCannotBecomeAnOrder() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-12"));
        onSale.release(hold.get("holdId").asString(), hold.get("holdToken").asString()).expectStatus().isNoContent();

        onSale.order(hold, hold.get("holdToken").asString(), "test", "card-success").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("hold-expired");
    }

    @Test
    void anUnknownProviderOrMethodIsRefusedBeforeTheHoldIsTouched() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-13"));

        onSale.order(hold, hold.get("holdToken").asString(), "gateway", "card").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("unknown-payment-provider");
        onSale.order(hold, hold.get("holdToken").asString(), "test", "card-maybe").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("unknown-payment-method");

        assertThat(onSale.ordered(hold, "test", "card-success").get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void anUnknownHoldIsNotFound() {
        JsonNode unknown = JsonMapper.shared().createObjectNode()
                .put("holdId", UUID.randomUUID().toString());

        onSale.order(unknown, "any", "test", "card-success").expectStatus().isNotFound();
    }

    @Test
    void theBuyerReadsTheOrderAndItsTicketsWithTheOrdersToken() {
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1)),
                "seats", List.of(Map.of("seat", "A-1-3", "ticketTypeId", onSale.front())))));
        JsonNode order = onSale.ordered(hold, "test", "card-success");
        String orderId = order.get("orderId").asString();

        JsonNode read = await().atMost(PROJECTED).until(() -> readOrder(orderId, order.get("orderToken").asString()),
                body -> body != null && body.get("tickets").size() == 2);

        assertThat(read.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(read.get("total").get("amount").asString()).isEqualTo("138.50");
        assertThat(read.get("refunded").get("amount").asString()).isEqualTo("0.00");
        assertThat(read.get("tickets").findValuesAsString("ticketTypeId"))
                .containsExactlyInAnyOrder(onSale.floor(), onSale.front());
        for (JsonNode ticket : read.get("tickets")) {
            String expectedSeat = ticket.get("ticketTypeId").asString().equals(onSale.front()) ? "A-1-3" : null;
            assertThat(ticket.get("seat").isNull() ? null : ticket.get("seat").asString()).isEqualTo(expectedSeat);
        }
        assertThat(read.get("tickets").findValuesAsString("status")).containsOnly("VALID");
        assertThat(read.get("tickets").findValuesAsString("code"))
                .allSatisfy(code -> assertThat(code).hasSizeGreaterThanOrEqualTo(43)).doesNotHaveDuplicates();
    }

    @Test
    void aWrongOrderTokenOrNoneFindsNoOrderWhileStaffWhoReadOrdersSeeIt() {
        OfflinePayments.enable(admin, onSale.org());
        JsonNode order = onSale.ordered(onSale.held(onSale.holdSeats("A-1-4")), "offline", "cash");
        String orderId = order.get("orderId").asString();
        await().atMost(PROJECTED).until(() -> readOrder(orderId, order.get("orderToken").asString()) != null);

        http.get().uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).header("X-Order-Token", "guessed")
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).exchange()
                .expectStatus().isNotFound();
        member(onSale.org(), StaffRole.ANALYST).get().uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("AWAITING_PAYMENT")
                .jsonPath("$.tickets.length()").isEqualTo(0);
        String otherOrg = createOrganisation("orders-other");
        admin.get().uri("/api/v1/orgs/{org}/orders/{order}", otherOrg, orderId).exchange()
                .expectStatus().isNotFound();
    }

    /** The order as its buyer reads it, or null while it is not projected yet. */
    private JsonNode readOrder(String orderId, String token) {
        return onSale.readOrder(orderId, token);
    }

    private WebTestClient.ResponseSpec confirmPayment(String orderId, String token) {
        return http.post().uri("/api/v1/orgs/{org}/orders/{order}/confirm-payment", onSale.org(), orderId)
                .header("X-Order-Token", token).exchange();
    }
}
