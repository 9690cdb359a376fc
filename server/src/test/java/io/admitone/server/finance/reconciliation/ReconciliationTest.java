package io.admitone.server.finance.reconciliation;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.onsale.OnSaleFixture;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After sales, refunds and a cancellation through the test provider and an offline order refunded but not paid out
 * yet, each provider's payments captured less refunds equal the ledger's net, per day and per month.
 */
class ReconciliationTest extends ServerIntegrationTest {

    @Test
    void paymentsCapturedLessRefundsEqualTheLedgersNetPerProviderAndPeriod() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("reconciliation"));
        OfflinePayments.enable(admin, onSale.org());
        WebTestClient finance = member(onSale.org(), StaffRole.FINANCE);
        String partlyRefunded = paid(onSale, onSale.holdItem(onSale.floor(), 2));
        String cancelled = paid(onSale, onSale.holdSeats("A-1-3"));
        String offline = onSale.ordered(onSale.held(onSale.holdItem(onSale.floor(), 1)), "offline", "bank-transfer")
                .get("orderId").asString();
        post(finance, onSale, offline, "/mark-paid", null);
        post(finance, onSale, partlyRefunded, "/refunds", Map.of("amount", euros("15.00"), "reason", "late"));
        post(finance, onSale, cancelled, "/cancel", Map.of("reason", "the show is off"));
        post(finance, onSale, offline, "/refunds", Map.of("amount", euros("10.00"), "reason", "no view"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode daily = reconciliation(finance, onSale, "day", "188.00");
        assertThat(daily.get("reconciled").asBoolean()).isTrue();
        assertThat(daily.get("rows").size()).isEqualTo(2);
        assertRow(daily.get("rows").get(0), today, "offline", "49.50", "10.00", "39.50");
        assertRow(daily.get("rows").get(1), today, "test", "188.00", "104.00", "84.00");

        JsonNode monthly = reconciliation(finance, onSale, "month", "188.00");
        assertThat(monthly.get("period").asString()).isEqualTo("month");
        assertRow(monthly.get("rows").get(1), today.substring(0, 7), "test", "188.00", "104.00", "84.00");
        finance.get().uri("/api/v1/orgs/{org}/reconciliation?period=week", onSale.org()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("period");
    }

    /** The reconciliation once both read models have caught up: the test provider captured {@code captured}. */
    private static JsonNode reconciliation(WebTestClient finance, OnSaleFixture onSale, String period,
                                           String captured) {
        return await().atMost(PROJECTED).until(() -> finance.get()
                        .uri("/api/v1/orgs/{org}/reconciliation?period={period}", onSale.org(), period).exchange()
                        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody(),
                body -> body.get("reconciled").asBoolean() && body.get("rows").size() == 2
                        && body.get("rows").get(1).get("captured").asString().equals(captured)
                        && body.get("rows").get(1).get("refunded").asString().equals("104.00")
                        && body.get("rows").get(0).get("refunded").asString().equals("10.00"));
    }

    private static void assertRow(JsonNode row, String period, String provider, String captured, String refunded,
                                  String net) {
        assertThat(row.get("period").asString()).isEqualTo(period);
        assertThat(row.get("provider").asString()).isEqualTo(provider);
        assertThat(row.get("currency").asString()).isEqualTo("EUR");
        assertThat(row.get("captured").asString()).isEqualTo(captured);
        assertThat(row.get("refunded").asString()).isEqualTo(refunded);
        assertThat(row.get("expectedNet").asString()).isEqualTo(net);
        assertThat(row.get("ledgerNet").asString()).isEqualTo(net);
        assertThat(row.get("difference").asString()).isEqualTo("0.00");
        assertThat(row.get("reconciled").asBoolean()).isTrue();
    }

    private static String paid(OnSaleFixture onSale, WebTestClient.ResponseSpec hold) {
        return onSale.ordered(onSale.held(hold), "test", "card-success").get("orderId").asString();
    }

    private static void post(WebTestClient finance, OnSaleFixture onSale, String orderId, String action,
                             Map<String, Object> body) {
        var request = finance.post().uri("/api/v1/orgs/{org}/orders/{order}" + action, onSale.org(), orderId);
        (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)).exchange()
                .expectStatus().is2xxSuccessful();
    }

    private static Map<String, String> euros(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }
}
