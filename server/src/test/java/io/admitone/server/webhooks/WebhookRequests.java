package io.admitone.server.webhooks;

import io.admitone.server.catalog.CatalogRequests;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The webhook calls of an organisation's integrator ({@code staff}), and a catalog to cause public events with. */
public record WebhookRequests(WebTestClient staff, WebTestClient catalog, String org) {

    /** A new subscription: its id and the secret shown this once. */
    public record Subscription(String id, String secret) {
    }

    public Subscription subscribe(String url, List<String> eventTypes) {
        JsonNode created = staff.post().uri("/api/v1/orgs/{org}/webhooks", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", url, "eventTypes", eventTypes, "description", "test receiver"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return new Subscription(created.get("id").asString(), created.get("secret").asString());
    }

    JsonNode subscription(String id) {
        return get("/api/v1/orgs/{org}/webhooks/{id}", id);
    }

    /** The subscription's delivery log, newest first. */
    JsonNode deliveries(String id) {
        return get("/api/v1/orgs/{org}/webhooks/{id}/deliveries?limit=100", id).get("items");
    }

    JsonNode delivery(String id, String deliveryId) {
        return get("/api/v1/orgs/{org}/webhooks/{id}/deliveries/" + deliveryId, id);
    }

    void enable(String id) {
        staff.patch().uri("/api/v1/orgs/{org}/webhooks/{id}", org, id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("enabled", true)).exchange().expectStatus().isOk();
    }

    /** A venue and an event on it: {@code venue.created} and {@code event.created}. Answers the event's id. */
    public String createEvent(String title) {
        String venue = CatalogRequests.createVenue(catalog, org);
        return CatalogRequests.createEvent(catalog, org, venue, title, "concert");
    }

    /** An {@code event.updated}. */
    void retitle(String event, String title) {
        catalog.patch().uri("/api/v1/orgs/{org}/events/{event}", org, event).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "category", "concert")).exchange().expectStatus().isNoContent();
    }

    private JsonNode get(String uri, String id) {
        return staff.get().uri(uri, org, id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
