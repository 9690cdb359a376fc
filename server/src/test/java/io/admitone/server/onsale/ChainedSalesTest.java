package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit hash chain over a varied history of an on-sale, chosen at random: holds of standing places and of seats,
 * released or ordered, orders refunded in part and cancelled. Every event is linked and the whole chain verifies.
 */
class ChainedSalesTest extends ServerIntegrationTest {

    @Test
    void theChainVerifiesAfterHoldsOrdersRefundsAndCancellations() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("chained-sales"));
        WebTestClient boxOffice = member(onSale.org(), StaffRole.BOX_OFFICE);
        for (int step = 0; step < 12; step++) {
            JsonNode hold = step % 2 == 0 ? onSale.held(onSale.holdItem(onSale.floor(), 1 + random.nextInt(3)))
                    : onSale.held(onSale.holdSeats("A-" + (1 + step / 10) + "-" + (1 + step)));
            switch (random.nextInt(4)) {
                case 0 -> onSale.release(hold.get("holdId").asString(), hold.get("holdToken").asString())
                        .expectStatus().is2xxSuccessful();
                case 1 -> refundTenEuros(boxOffice, onSale, order(onSale, hold));
                case 2 -> cancel(boxOffice, onSale, order(onSale, hold));
                default -> order(onSale, hold);
            }
        }

        WebTestClient finance = member(onSale.org(), StaffRole.FINANCE);
        JsonNode report = await().atMost(Duration.ofSeconds(60)).until(() -> verify(finance, onSale.org()),
                verified -> verified.get("unchained").asLong() == 0 && verified.get("events").asLong() > 0);
        assertThat(report.get("verified").asBoolean()).as("seed %d: %s", seed, report).isTrue();
        assertThat(report.get("firstBreak").isNull()).isTrue();
    }

    private static String order(OnSaleFixture onSale, JsonNode hold) {
        return onSale.ordered(hold, "test", "card-success").get("orderId").asString();
    }

    private static void refundTenEuros(WebTestClient staff, OnSaleFixture onSale, String orderId) {
        staff.post().uri("/api/v1/orgs/{org}/orders/{order}/refunds", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", Map.of("amount", "10.00", "currency", "EUR"), "reason", "goodwill"))
                .exchange().expectStatus().isCreated();
    }

    private static void cancel(WebTestClient staff, OnSaleFixture onSale, String orderId) {
        staff.post().uri("/api/v1/orgs/{org}/orders/{order}/cancel", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "called off")).exchange()
                .expectStatus().isOk();
    }

    private static JsonNode verify(WebTestClient client, String org) {
        return client.get().uri("/api/v1/orgs/{org}/audit/verify", org).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
