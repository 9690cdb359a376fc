package io.admitone.server.catalog;

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
import static org.awaitility.Awaitility.await;

/** The waiting room's calls, and a published performance to queue for, built through the API. */
final class WaitingRoomRequests {

    static final Duration PROJECTED = Duration.ofSeconds(30);
    static final Instant JUNE = Instant.parse("2030-06-01T19:30:00Z");

    private WaitingRoomRequests() {
    }

    /** An event with {@code count} performances, published, and seen as published by the buyers of {@code buyers}. */
    static String[] publishedPerformances(WebTestClient staff, WebTestClient buyers, String org, int count) {
        String event = createEvent(staff, org, createVenue(staff, org), "Queue night", "concert");
        String[] performances = new String[count];
        for (int i = 0; i < count; i++) {
            performances[i] = schedule(staff, org, event, JUNE.plus(Duration.ofDays(i)));
        }
        addTicketType(staff, org, event, ticketType("Floor", "49.50", "EUR", "Floor", null));
        staff.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().is2xxSuccessful();
        for (String performance : performances) {
            await().atMost(PROJECTED).untilAsserted(() -> buyers.get()
                    .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance)
                    .exchange().expectStatus().isOk());
        }
        return performances;
    }

    static WebTestClient.ResponseSpec join(WebTestClient client, String org, String performance) {
        return client.post().uri("/api/v1/orgs/{org}/performances/{performance}/queue", org, performance).exchange();
    }

    static JsonNode joined(WebTestClient client, String org, String performance) {
        return join(client, org, performance).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static JsonNode entry(WebTestClient client, String org, String performance, String queueToken) {
        return client.get().uri("/api/v1/orgs/{org}/performances/{performance}/queue/{token}", org, performance, queueToken)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static WebTestClient.ResponseSpec switchRoom(WebTestClient client, String org, String performance,
                                                Map<String, Object> body) {
        return client.put().uri("/api/v1/orgs/{org}/performances/{performance}/queue", org, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static void switchOn(WebTestClient staff, String org, String performance) {
        switchRoom(staff, org, performance, Map.of("active", true)).expectStatus().isOk();
    }
}
