package io.admitone.server.catalog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's write calls with the pinned request bodies, for tests that build a catalog through the API. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    /** The pinned example venue: seated section A (two rows of 20 seats in zone front) and standing Floor of 500. */
    public static String createVenue(WebTestClient client, String org) {
        return client.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Arena", "timeZone", "Europe/Berlin", "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front", "rows", List.of(
                                Map.of("label", "1", "seats", 20), Map.of("label", "2", "seats", 20))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 500))))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    public static String createEvent(WebTestClient client, String org, String venue, String title, String category) {
        return created(client.post().uri("/api/v1/orgs/{org}/events", org),
                Map.of("title", title, "category", category, "venueId", venue), "/api/v1/orgs/" + org + "/events/");
    }

    public static String schedule(WebTestClient client, String org, String event, Instant startsAt) {
        return created(client.post().uri("/api/v1/orgs/{org}/events/{event}/performances", org, event),
                times(startsAt), "/api/v1/orgs/" + org + "/performances/");
    }

    /** A performance of three hours at {@code startsAt}, on sale from yesterday until it starts. */
    public static String scheduleOnSale(WebTestClient client, String org, String event, Instant startsAt) {
        return created(client.post().uri("/api/v1/orgs/{org}/events/{event}/performances", org, event),
                Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                        "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(),
                        "onSaleUntil", startsAt.toString()),
                "/api/v1/orgs/" + org + "/performances/");
    }

    public static String addTicketType(WebTestClient client, String org, String event, Map<String, Object> terms) {
        return created(client.post().uri("/api/v1/orgs/{org}/events/{event}/ticket-types", org, event), terms,
                "/api/v1/orgs/" + org + "/events/" + event + "/ticket-types/");
    }

    /** Posts a creation and answers the new id, checking that the Location names it. */
    public static String created(WebTestClient.RequestBodySpec request, Object body, String locationPrefix) {
        var result = request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult();
        String id = result.getResponseBody().get("id").asString();
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo(locationPrefix + id);
        return id;
    }

    public static Map<String, Object> times(Instant startsAt) {
        return Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                "doorsAt", startsAt.minus(Duration.ofHours(1)).toString(),
                "onSaleFrom", startsAt.minus(Duration.ofDays(60)).toString(), "onSaleUntil", startsAt.toString());
    }

    /** Terms selling either a standing {@code section} or a {@code priceZone}; pass null for the other. */
    public static Map<String, Object> ticketType(String name, String amount, String currency, String section,
                                          String priceZone) {
        Map<String, Object> terms = new HashMap<>(Map.of("name", name,
                "price", Map.of("amount", amount, "currency", currency)));
        if (section != null) {
            terms.put("section", section);
        }
        if (priceZone != null) {
            terms.put("priceZone", priceZone);
        }
        return terms;
    }
}
