package io.admitone.server.audit;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import io.admitone.server.lists.Pages;
import io.admitone.server.security.AccessTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * An organisation whose catalog an event manager built through the API: a venue (with an {@code Idempotency-Key} and
 * an {@code X-Request-Id} of the test's choosing), an event, a performance (whose inventory the server opens) and a
 * ticket type; and the organisation's audit trail as a client reads it.
 */
record AuditedCatalog(String org, String actor, String correlationId, String idempotencyKey, String venue,
                      String event) {

    /** In stream order: the performance's inventory opens (a command of the server's own) before the ticket type. */
    static final List<String> TYPES = List.of("OrganisationCreated", "VenueCreated", "EventCreated",
            "PerformanceScheduled", "SeatedPartitionOpened", "StandingPartitionOpened", "TicketTypeAdded");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Builds the catalog and waits until its last event is in the trail. */
    static AuditedCatalog build(WebTestClient http, WebTestClient admin, JwtEncoder tokens) {
        String org = ServerIntegrationTest.newOrganisation(admin, "audit");
        String actor = UUID.randomUUID().toString();
        WebTestClient manager = http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer "
                + AccessTokens.forCaller(tokens, new Caller(actor, false,
                Map.of(TenantId.of(org), Set.of(StaffRole.EVENT_MANAGER))))).build();
        String correlationId = "audit-" + UUID.randomUUID();
        String idempotencyKey = "venue-" + UUID.randomUUID();
        String venue = CatalogRequests.createVenue(manager.mutate().defaultHeader("X-Request-Id", correlationId)
                .defaultHeader("Idempotency-Key", idempotencyKey).build(), org);
        String event = CatalogRequests.createEvent(manager, org, venue, "Audit night", "concert");
        CatalogRequests.schedule(manager, org, event, Instant.parse("2027-03-01T19:30:00Z"));
        AuditedCatalog catalog = new AuditedCatalog(org, actor, correlationId, idempotencyKey, venue, event);
        catalog.awaitInTrail(admin, "StandingPartitionOpened");
        CatalogRequests.addTicketType(manager, org, event,
                CatalogRequests.ticketType("Floor", "49.50", "EUR", "Floor", null));
        catalog.awaitInTrail(admin, "TicketTypeAdded");
        return catalog;
    }

    void awaitInTrail(WebTestClient client, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !trail(client, "?type=" + type).isEmpty());
    }

    /** The whole trail read a page of 200 at a time; {@code query} is empty or starts with {@code ?}. */
    List<JsonNode> trail(WebTestClient client, String query) {
        return Pages.all(client, events() + query, 200);
    }

    /** The JSON lines export, each line parsed. */
    List<JsonNode> export(WebTestClient client, String query) {
        return exported(client, events() + query);
    }

    static List<JsonNode> exported(WebTestClient client, String uri) {
        return lines(client, uri).stream().map(JSON::readTree).toList();
    }

    static List<String> lines(WebTestClient client, String uri) {
        String body = client.get().uri(uri).accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                // streamed as it is read: never held back whole to compute a tag
                .expectHeader().doesNotExist(HttpHeaders.ETAG)
                .expectBody(String.class).returnResult().getResponseBody();
        return body == null ? List.of() : Arrays.stream(body.split("\n")).filter(line -> !line.isEmpty()).toList();
    }

    String events() {
        return "/api/v1/orgs/" + org + "/audit/events";
    }

    static List<String> types(List<JsonNode> items) {
        return Pages.field(items, "type");
    }

    static List<Long> positions(List<JsonNode> items) {
        return items.stream().map(item -> item.get("position").asLong()).toList();
    }

    static JsonNode ofType(List<JsonNode> items, String type) {
        return items.stream().filter(item -> item.get("type").asString().equals(type)).findFirst().orElseThrow();
    }
}
