package io.admitone.server.catalog;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.admitone.server.catalog.CatalogRequests.addTicketType;
import static io.admitone.server.catalog.CatalogRequests.createEvent;
import static io.admitone.server.catalog.CatalogRequests.createVenue;
import static io.admitone.server.catalog.CatalogRequests.schedule;
import static io.admitone.server.catalog.CatalogRequests.ticketType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the API alone: an organiser builds a venue, an event with two performances and two ticket types,
 * publishes it, and buyers see each performance's availability and seat map, opened from the venue.
 */
class PerformancePlacesTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final Instant JUNE = Instant.parse("2030-06-01T19:30:00Z");

    @Test
    void aPublishedEventsPerformancesShowTheirAvailabilityAndSeatMapToBuyers() {
        String org = createOrganisation("places");
        String event = createEvent(admin, org, createVenue(admin, org), "Summer nights", "concert");
        String first = schedule(admin, org, event, JUNE);
        String second = schedule(admin, org, event, JUNE.plus(Duration.ofDays(1)));
        String floor = addTicketType(admin, org, event, ticketType("Floor", "49.50", "EUR", "Floor", null));
        String front = addTicketType(admin, org, event, ticketType("Front", "89.00", "EUR", null, "front"));

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri(availability(org, first)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.available").isEqualTo(540));
        http.get().uri(availability(org, first)).exchange().expectStatus().isNotFound();

        admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().is2xxSuccessful();
        for (String performance : new String[] {first, second}) {
            await().atMost(PROJECTED).untilAsserted(() -> http.get().uri(availability(org, performance)).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.capacity").isEqualTo(540)
                    .jsonPath("$.available").isEqualTo(540)
                    .jsonPath("$.ticketTypes[?(@.ticketTypeId == '" + floor + "')].available").isEqualTo(500)
                    .jsonPath("$.ticketTypes[?(@.ticketTypeId == '" + front + "')].available").isEqualTo(40)
                    .jsonPath("$.sections[?(@.section == 'Floor')].kind").isEqualTo("STANDING")
                    .jsonPath("$.priceZones[0].priceZone").isEqualTo("front")
                    .jsonPath("$.priceZones[0].available").isEqualTo(40));
        }

        JsonNode seats = http.get().uri("/api/v1/orgs/{org}/performances/{performance}/seats", org, second).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode section = seats.get("sections").get(0);
        assertThat(section.get("name").asString()).isEqualTo("A");
        assertThat(section.get("rows")).hasSize(2);
        JsonNode seven = section.get("rows").get(0).get("seats").get(6);
        assertThat(seven.get("key").asString()).isEqualTo("A-1-7");
        assertThat(seven.get("status").asString()).isEqualTo("FREE");
        assertThat(seats.get("sections").get(1).get("capacity").asInt()).isEqualTo(500);
    }

    @Test
    void aStandingSectionsCapacityChangesPerPerformanceOnlyForCatalogManagers() {
        String org = createOrganisation("capacity");
        String event = createEvent(admin, org, createVenue(admin, org), "Capacity night", "concert");
        String performance = schedule(admin, org, event, JUNE);
        String other = createOrganisation("capacity-other");
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri(availability(org, performance)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.available").isEqualTo(540));

        changeCapacity(admin, org, performance, "Floor", 350).expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri(availability(org, performance)).exchange()
                .expectBody().jsonPath("$.sections[?(@.section == 'Floor')].capacity").isEqualTo(350));

        changeCapacity(admin, org, performance, "Floor", 0).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-capacity");
        changeCapacity(admin, org, performance, "Balcony", 100).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("section-not-found");
        changeCapacity(admin, other, performance, "Floor", 100).expectStatus().isNotFound();
        changeCapacity(member(org, StaffRole.BOX_OFFICE), org, performance, "Floor", 100).expectStatus().isForbidden();
        changeCapacity(member(org, StaffRole.EVENT_MANAGER), org, performance, "Floor", 400).expectStatus().isNoContent();
    }

    private static String availability(String org, String performance) {
        return "/api/v1/orgs/" + org + "/performances/" + performance + "/availability";
    }

    private static WebTestClient.ResponseSpec changeCapacity(WebTestClient client, String org, String performance,
                                                             String section, int capacity) {
        return client.put().uri("/api/v1/orgs/{org}/performances/{performance}/sections/{section}/capacity",
                        org, performance, section)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("capacity", capacity)).exchange();
    }
}
