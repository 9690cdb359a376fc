package io.admitone.server.onsale;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** While a performance's waiting room is on, a hold needs an admission from it, and each admission holds once. */
class HoldsBehindTheWaitingRoomTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("queued-holds"));
    }

    @Test
    void aHoldNeedsAnAdmissionWhileTheRoomIsOnAndUsesItUp() {
        onSale.holdItem(onSale.floor(), 1).expectStatus().isCreated();
        admin.put().uri("/api/v1/orgs/{org}/performances/{performance}/queue", onSale.org(), onSale.performance())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", true)).exchange()
                .expectStatus().isOk();

        onSale.holdItem(onSale.floor(), 1).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.code").isEqualTo("queue-required");

        String queueToken = http.post().uri("/api/v1/orgs/{org}/performances/{performance}/queue", onSale.org(),
                        onSale.performance()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("queueToken").asString();
        String admission = await().atMost(OnSaleFixture.PROJECTED).until(() -> http.get()
                        .uri("/api/v1/orgs/{org}/performances/{performance}/queue/{token}", onSale.org(),
                                onSale.performance(), queueToken)
                        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody(),
                entry -> "ADMITTED".equals(entry.get("status").asString())).get("admissionToken").asString();

        holdWith(admission).expectStatus().isCreated();
        holdWith(admission).expectStatus().isEqualTo(429).expectBody().jsonPath("$.code").isEqualTo("queue-required");
    }

    private WebTestClient.ResponseSpec holdWith(String admission) {
        return http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", onSale.org(), onSale.performance())
                .header("X-Admission-Token", admission)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1))))
                .exchange();
    }
}
