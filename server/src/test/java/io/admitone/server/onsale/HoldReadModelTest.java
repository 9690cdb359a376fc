package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** A hold reads as held until it ends: released, or turned into an order. */
class HoldReadModelTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("hold-read"));
    }

    @Test
    void theBuyerReadsTheHoldAsHeldThenConvertedOnceOrdered() {
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1)),
                "seats", List.of(Map.of("seat", "A-1-3", "ticketTypeId", onSale.front())))));
        String holdId = hold.get("holdId").asString();
        String token = hold.get("holdToken").asString();

        JsonNode held = readAs(http, holdId, token, "HELD");
        assertThat(held.get("performanceId").asString()).isEqualTo(onSale.performance());
        assertThat(held.get("eventId").asString()).isEqualTo(onSale.event());
        assertThat(held.get("total").get("amount").asString()).isEqualTo("138.50");
        // the read model keeps microseconds
        assertThat(Instant.parse(held.get("expiresAt").asString()))
                .isCloseTo(Instant.parse(hold.get("expiresAt").asString()), within(1, ChronoUnit.MILLIS));
        assertThat(held.get("lines").findValuesAsString("ticketTypeId"))
                .containsExactlyElementsOf(hold.get("lines").findValuesAsString("ticketTypeId"))
                .containsExactlyInAnyOrder(onSale.floor(), onSale.front());
        assertThat(held.get("lines").findValuesAsString("seat"))
                .containsExactlyElementsOf(hold.get("lines").findValuesAsString("seat"));
        assertThat(held.get("orderId").isNull()).isTrue();

        JsonNode order = onSale.ordered(hold, "test", "card-success");

        assertThat(readAs(http, holdId, token, "CONVERTED").get("orderId").asString())
                .isEqualTo(order.get("orderId").asString());
    }

    @Test
    void aReleasedHoldReadsAsReleased() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-3"));
        String holdId = hold.get("holdId").asString();
        String token = hold.get("holdToken").asString();

        onSale.release(holdId, token).expectStatus().isNoContent();

        readAs(http, holdId, token, "RELEASED");
    }

    @Test
    void withoutTheTokenOnlyStaffWhoReadOrdersSeeTheHold() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-4"));
        String holdId = hold.get("holdId").asString();
        readAs(http, holdId, hold.get("holdToken").asString(), "HELD");

        read(http, holdId, "guessed").expectStatus().isNotFound();
        http.get().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(), holdId).exchange()
                .expectStatus().isNotFound();
        member(onSale.org(), StaffRole.ANALYST).get().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(), holdId)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("HELD");
        admin.get().uri("/api/v1/orgs/{org}/holds/{hold}", createOrganisation("hold-read-other"), holdId)
                .exchange().expectStatus().isNotFound();
    }

    /** Awaits the hold in {@code status} and answers it. */
    private JsonNode readAs(WebTestClient client, String holdId, String token, String status) {
        return await().atMost(PROJECTED).until(() -> {
            var result = read(client, holdId, token).returnResult(JsonNode.class);
            return result.getStatus().is2xxSuccessful() ? result.getResponseBody().blockFirst() : null;
        }, body -> body != null && body.get("status").asString().equals(status));
    }

    private WebTestClient.ResponseSpec read(WebTestClient client, String holdId, String token) {
        return client.get().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(), holdId)
                .header("X-Hold-Token", token).exchange();
    }
}
