package io.admitone.server.graphql;

import io.admitone.server.catalog.CatalogRequests;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * An event of the pinned venue built through the REST API, with performances on consecutive days, on sale now, and
 * ticket types Floor (standing, 500 places) and Front (zone of 40 seats).
 */
record CatalogEvent(String id, List<String> performances, String floor, String front) {

    static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final Instant JUNE = Instant.parse("2030-06-01T19:30:00Z");

    /**
     * Creates the event as {@code staff}, published when asked, and waits until every performance's availability is
     * projected and, when published, until {@code buyer} sees it.
     */
    static CatalogEvent create(WebTestClient staff, WebTestClient buyer, String org, String title, int performances,
                               boolean publish) {
        String event = CatalogRequests.createEvent(staff, org, CatalogRequests.createVenue(staff, org), title,
                "concert");
        List<String> dates = new ArrayList<>();
        for (int day = 0; day < performances; day++) {
            Map<String, Object> onSaleNow = new HashMap<>(CatalogRequests.times(JUNE.plus(Duration.ofDays(day))));
            onSaleNow.put("onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString());
            dates.add(CatalogRequests.created(
                    staff.post().uri("/api/v1/orgs/{org}/events/{event}/performances", org, event), onSaleNow,
                    "/api/v1/orgs/" + org + "/performances/"));
        }
        String floor = CatalogRequests.addTicketType(staff, org, event,
                CatalogRequests.ticketType("Floor", "49.50", "EUR", "Floor", null));
        String front = CatalogRequests.addTicketType(staff, org, event,
                CatalogRequests.ticketType("Front", "89.00", "EUR", null, "front"));
        if (publish) {
            staff.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                    .expectStatus().is2xxSuccessful();
        }
        for (String performance : dates) {
            await().atMost(PROJECTED).untilAsserted(() -> staff.get()
                    .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.available").isEqualTo(540));
        }
        if (publish) {
            await().atMost(PROJECTED).untilAsserted(() -> buyer.get()
                    .uri("/api/v1/orgs/{org}/events/{event}", org, event).exchange().expectStatus().isOk());
        }
        return new CatalogEvent(event, dates, floor, front);
    }
}
