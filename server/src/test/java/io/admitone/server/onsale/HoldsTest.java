package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Buyers hold standing places, named seats and best-available seats through the API, and release them. */
class HoldsTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("holds"));
    }

    @Test
    void standingPlacesAreHeldWithPricesATokenAndAnExpiry() {
        Instant before = Instant.now();
        var result = onSale.holdItem(onSale.floor(), 2).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult();
        JsonNode hold = result.getResponseBody();

        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/orgs/" + onSale.org() + "/holds/" + hold.get("holdId").asString());
        assertThat(hold.get("holdToken").asString()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Instant.parse(hold.get("expiresAt").asString()))
                .isBetween(before.plus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(10)));
        assertThat(hold.get("lines")).hasSize(2);
        assertThat(hold.get("lines").get(0).get("ticketTypeId").asString()).isEqualTo(onSale.floor());
        assertThat(hold.get("lines").get(0).get("seat").isNull()).isTrue();
        assertThat(hold.get("lines").get(0).get("price").get("amount").asString()).isEqualTo("49.50");
        assertThat(hold.get("total").get("amount").asString()).isEqualTo("99.00");
        assertThat(hold.get("total").get("currency").asString()).isEqualTo("EUR");
        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.available").isEqualTo(538)
                .jsonPath("$.sections[?(@.section == 'Floor')].held").isEqualTo(2));
    }

    @Test
    void namedSeatsAreHeldAndShowAsHeldInTheSeatMap() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-1-7", "A-2-7"));

        assertThat(hold.get("lines").get(0).get("seat").asString()).isEqualTo("A-1-7");
        assertThat(hold.get("lines").get(1).get("seat").asString()).isEqualTo("A-2-7");
        assertThat(hold.get("total").get("amount").asString()).isEqualTo("178.00");
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-7")).isEqualTo("HELD"));
        assertThat(onSale.seatStatus("A-1-7")).isEqualTo("HELD");
        assertThat(onSale.seatStatus("A-1-8")).isEqualTo("FREE");
    }

    @Test
    void bestAvailableSeatsAreSideBySideInTheFirstRowWithRoom() {
        onSale.held(onSale.holdSeats("A-1-3"));

        JsonNode hold = onSale.held(onSale.holdItem(onSale.front(), 3));

        assertThat(hold.get("lines").findValuesAsString("seat")).containsExactly("A-1-4", "A-1-5", "A-1-6");
    }

    @Test
    void aSeatThatIsHeldAlreadyIsUnavailable() {
        onSale.held(onSale.holdSeats("A-1-7"));

        onSale.holdSeats("A-1-8", "A-1-7").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("seat-unavailable");
        onSale.held(onSale.holdSeats("A-1-8"));
    }

    @Test
    void moreStandingPlacesThanAreFreeAreSoldOut() {
        admin.put().uri("/api/v1/orgs/{org}/performances/{performance}/sections/Floor/capacity", onSale.org(),
                        onSale.performance())
                .bodyValue(Map.of("capacity", 3)).exchange().expectStatus().isNoContent();
        onSale.held(onSale.holdItem(onSale.floor(), 2));

        onSale.holdItem(onSale.floor(), 2).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("sold-out");
        onSale.held(onSale.holdItem(onSale.floor(), 1));
    }

    @Test
    void whenOnePartFailsWhatWasTakenIsGivenBack() {
        for (int i = 0; i < 4; i++) {
            onSale.held(onSale.holdItem(onSale.front(), 9));
        }

        onSale.hold(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 2),
                        Map.of("ticketTypeId", onSale.front(), "quantity", 5))))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("sold-out");

        await().atMost(PROJECTED).untilAsserted(() -> onSale.availability()
                .jsonPath("$.sections[?(@.section == 'Floor')].held").isEqualTo(0)
                .jsonPath("$.sections[?(@.section == 'A')].held").isEqualTo(36));
        onSale.held(onSale.holdItem(onSale.front(), 4));
    }

    @Test
    void moreThanTheTicketTypesLimitPerOrderIsRefused() {
        onSale.holdItem(onSale.floor(), 9).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("limit-exceeded");
        onSale.hold(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 5),
                        Map.of("ticketTypeId", onSale.floor(), "quantity", 4))))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("limit-exceeded");
    }

    @Test
    void badRequestsAreRefusedAndUnknownThingsAreNotFound() {
        onSale.holdItem(onSale.floor(), 0).expectStatus().isBadRequest();
        onSale.hold(Map.of("items", List.of(Map.of("quantity", 1)))).expectStatus().isBadRequest();
        onSale.hold(Map.of()).expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-hold");
        onSale.holdSeats("A-9-1").expectStatus().isEqualTo(422);
        onSale.hold(Map.of("seats", List.of(Map.of("seat", "A-1-1", "ticketTypeId", onSale.floor()))))
                .expectStatus().isEqualTo(422);
        onSale.holdItem(UUID.randomUUID().toString(), 1).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("ticket-type-not-found");
        http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", onSale.org(), UUID.randomUUID())
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1))))
                .exchange().expectStatus().isNotFound();
        String otherOrg = createOrganisation("holds-other");
        http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", otherOrg, onSale.performance())
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1))))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aHoldIsReleasedWithItsTokenOrByStaffAndItsPlacesAreFreeAtOnce() {
        JsonNode hold = onSale.held(onSale.holdSeats("A-2-1"));
        String holdId = hold.get("holdId").asString();

        onSale.release(holdId, "not-the-token").expectStatus().isNotFound();
        http.delete().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(), holdId).exchange()
                .expectStatus().isNotFound();
        onSale.release(holdId, hold.get("holdToken").asString()).expectStatus().isNoContent();
        onSale.release(holdId, hold.get("holdToken").asString()).expectStatus().isNoContent();

        JsonNode again = onSale.held(onSale.holdSeats("A-2-1"));
        String againId = again.get("holdId").asString();
        member(onSale.org(), StaffRole.ANALYST).delete().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(), againId)
                .exchange().expectStatus().isForbidden();
        member(onSale.org(), StaffRole.BOX_OFFICE).delete().uri("/api/v1/orgs/{org}/holds/{hold}", onSale.org(),
                againId).exchange().expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(onSale.seatStatus("A-2-1")).isEqualTo("FREE"));
    }

    @Test
    void anUnpublishedEventsPerformanceCannotBeHeld() {
        String org = onSale.org();
        String event = CatalogRequests.createEvent(admin, org,
                CatalogRequests.createVenue(admin, org), "Draft", "concert");
        String performance = CatalogRequests.schedule(admin, org, event,
                Instant.now().plus(Duration.ofDays(30)));
        await().atMost(PROJECTED).untilAsserted(() -> admin.get()
                .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance)
                .exchange().expectStatus().isOk());

        http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, performance)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1))))
                .exchange().expectStatus().isNotFound();
    }
}
