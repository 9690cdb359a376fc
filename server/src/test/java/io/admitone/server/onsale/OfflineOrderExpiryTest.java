package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With offline orders and payment actions due in two seconds: an order whose payment action is not taken expires at
 * its deadline; one left unpaid for staff expires when the {@code unpaid-order-expiry} job runs, here run through
 * the jobs API; either way its places are on sale again.
 */
class OfflineOrderExpiryTest extends ServerIntegrationTest {

    private static final Duration EXPIRED = Duration.ofSeconds(60);
    /** Past the two seconds an order has to be paid, so that an expiry would have happened. */
    private static final Duration PAST_DUE = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void shortDueDates(DynamicPropertyRegistry registry) {
        registry.add("admitone.onsale.offline-payment-due", () -> "PT2S");
        registry.add("admitone.onsale.payment-action-timeout", () -> "PT2S");
    }

    @Test
    void anOfflineOrderLeftUnpaidExpiresAndItsPlacesGoBackOnSale() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("order-expiry"));
        OfflinePayments.enable(admin, onSale.org());
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 2)),
                "seats", List.of(Map.of("seat", "A-1-1", "ticketTypeId", onSale.front())))));
        Instant placed = Instant.now();
        JsonNode order = onSale.ordered(hold, "offline", "bank-transfer");
        String orderId = order.get("orderId").asString();
        WebTestClient boxOffice = member(onSale.org(), StaffRole.BOX_OFFICE);

        // the job finds the order once the read side shows it past due; until then each run leaves it be
        JsonNode expired = await().pollInterval(Duration.ofMillis(500)).atMost(EXPIRED).until(() -> {
            admin.post().uri("/api/v1/admin/jobs/unpaid-order-expiry/run").exchange();
            return readOrder(boxOffice, onSale, orderId);
        }, body -> body != null && body.get("status").asString().equals("EXPIRED"));

        assertThat(Instant.parse(expired.get("dueAt").asString()))
                .isBetween(placed.plusSeconds(1), placed.plusSeconds(30));
        assertThat(expired.get("tickets").size()).isZero();
        await().atMost(EXPIRED).untilAsserted(() -> onSale.availability().jsonPath("$.available").isEqualTo(540));
        assertThat(onSale.seatStatus("A-1-1")).isEqualTo("FREE");
        boxOffice.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("order-expired");
        onSale.held(onSale.holdSeats("A-1-1"));
    }

    @Test
    void anOfflineOrderPaidInTimeStaysSold() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("order-paid"));
        OfflinePayments.enable(admin, onSale.org());
        String orderId = onSale.ordered(onSale.held(onSale.holdSeats("A-1-2")), "offline", "cash")
                .get("orderId").asString();
        WebTestClient boxOffice = member(onSale.org(), StaffRole.BOX_OFFICE);

        boxOffice.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().isOk();

        await().atMost(EXPIRED).until(() -> readOrder(boxOffice, onSale, orderId),
                body -> body != null && body.get("tickets").size() == 1);
        Instant pastDue = Instant.now().plus(PAST_DUE);
        await().pollDelay(PAST_DUE).atMost(EXPIRED).until(() -> {
            admin.post().uri("/api/v1/admin/jobs/unpaid-order-expiry/run").exchange();
            return lastExpiryRun();
        }, last -> last != null && last.isAfter(pastDue));

        assertThat(readOrder(boxOffice, onSale, orderId).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(onSale.seatStatus("A-1-2")).isEqualTo("SOLD");
    }

    @Test
    void aPaymentActionNotTakenInTimeExpiresTheOrder() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("action-expiry"));
        JsonNode order = onSale.ordered(onSale.held(onSale.holdSeats("A-1-3")), "test", "card-requires-action");
        String orderId = order.get("orderId").asString();
        WebTestClient boxOffice = member(onSale.org(), StaffRole.BOX_OFFICE);

        await().atMost(EXPIRED).until(() -> readOrder(boxOffice, onSale, orderId),
                body -> body != null && body.get("status").asString().equals("EXPIRED"));

        http.post().uri("/api/v1/orgs/{org}/orders/{order}/confirm-payment", onSale.org(), orderId)
                .header("X-Order-Token", order.get("orderToken").asString()).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("order-expired");
        await().atMost(EXPIRED).untilAsserted(() -> assertThat(onSale.seatStatus("A-1-3")).isEqualTo("FREE"));
    }

    /** When the unpaid-order-expiry job last finished a run, or null before its first. */
    private Instant lastExpiryRun() {
        JsonNode jobs = admin.get().uri("/api/v1/admin/jobs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("jobs");
        return jobs.valueStream().filter(job -> job.get("name").asString().equals("unpaid-order-expiry"))
                .map(job -> job.get("lastSuccess")).filter(last -> !last.isNull())
                .map(last -> Instant.parse(last.asString())).findFirst().orElse(null);
    }

    /** The order as staff read it, or null while it is not projected yet. */
    private static JsonNode readOrder(WebTestClient staff, OnSaleFixture onSale, String orderId) {
        var result = staff.get().uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).exchange()
                .returnResult(JsonNode.class);
        return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
    }
}
