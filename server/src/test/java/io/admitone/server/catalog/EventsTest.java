package io.admitone.server.catalog;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.admitone.server.catalog.CatalogRequests.addTicketType;
import static io.admitone.server.catalog.CatalogRequests.createEvent;
import static io.admitone.server.catalog.CatalogRequests.createVenue;
import static io.admitone.server.catalog.CatalogRequests.created;
import static io.admitone.server.catalog.CatalogRequests.schedule;
import static io.admitone.server.catalog.CatalogRequests.ticketType;
import static io.admitone.server.catalog.CatalogRequests.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff build an event at a venue, price and publish it; buyers see what is published, and nothing else. */
class EventsTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final Instant MARCH = Instant.parse("2030-03-01T19:30:00Z");
    private static final Instant APRIL = Instant.parse("2030-04-01T19:30:00Z");
    private static final Instant MAY = Instant.parse("2030-05-01T19:30:00Z");

    @Autowired
    private JwtEncoder accessTokenEncoder;

    @Test
    void anEventIsBuiltPublishedRescheduledAndCancelled() {
        String org = createOrganisation("events");
        String venue = createVenue(admin, org);
        String event = created(admin.post().uri("/api/v1/orgs/{org}/events", org), Map.of("title", "Night of Strings",
                "category", "concert", "venueId", venue, "description", "Four quartets, one night."),
                "/api/v1/orgs/" + org + "/events/");
        String performance = schedule(admin, org, event, MARCH);
        String floor = addTicketType(admin, org, event, Map.of("name", "Floor",
                "price", Map.of("amount", "49.50", "currency", "EUR"), "section", "Floor", "maxPerOrder", 8));
        addTicketType(admin, org, event, Map.of("name", "Front", "price", Map.of("amount", "89.00", "currency", "EUR"),
                "priceZone", "front"));

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/events/{event}", org, event)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.venueId").isEqualTo(venue)
                .jsonPath("$.firstStartsAt").isEqualTo("2030-03-01T19:30:00Z")
                .jsonPath("$.performances[0].id").isEqualTo(performance)
                .jsonPath("$.ticketTypes.length()").isEqualTo(2)
                .jsonPath("$.ticketTypes[0].id").isEqualTo(floor)
                .jsonPath("$.ticketTypes[0].price").isEqualTo(Map.of("amount", "49.50", "currency", "EUR"))
                .jsonPath("$.ticketTypes[0].maxPerOrder").isEqualTo(8)
                .jsonPath("$.ticketTypes[0].minPerOrder").isEqualTo(1)
                .jsonPath("$.ticketTypes[1].priceZone").isEqualTo("front"));
        http.get().uri("/api/v1/orgs/{org}/events/{event}", org, event).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");

        admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().isNoContent();
        admin.patch().uri("/api/v1/orgs/{org}/events/{event}", org, event).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Night of Strings II", "category", "Classical", "tags", List.of("Strings")))
                .exchange().expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> http.get().uri("/api/v1/orgs/{org}/events/{event}", org, event)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.publishedAt").isNotEmpty()
                .jsonPath("$.title").isEqualTo("Night of Strings II")
                .jsonPath("$.category").isEqualTo("classical")
                .jsonPath("$.tags[0]").isEqualTo("strings")
                .jsonPath("$.description").doesNotExist());

        admin.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, event, floor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Floor", "price", Map.of("amount", "55", "currency", "EUR"), "section", "Floor",
                        "taxRate", 19, "feeFixed", Map.of("amount", "2.50", "currency", "EUR"), "feePercent", 1.5))
                .exchange().expectStatus().isNoContent();
        JsonNode changed = await().atMost(PROJECTED).until(() -> page(http,
                        "/api/v1/orgs/{org}/events/" + event + "/ticket-types/" + floor, org),
                type -> "55.00".equals(type.get("price").get("amount").asString()));
        assertThat(changed.get("maxPerOrder").asInt()).isEqualTo(10);
        assertThat(changed.get("taxRate").decimalValue()).isEqualByComparingTo("19");
        assertThat(changed.get("taxIncluded").asBoolean()).isTrue();
        assertThat(changed.get("feeFixed").get("amount").asString()).isEqualTo("2.50");
        assertThat(changed.get("feePercent").decimalValue()).isEqualByComparingTo("1.5");

        admin.patch().uri("/api/v1/orgs/{org}/events/{event}/performances/{performance}", org, event, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(times(APRIL))
                .exchange().expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> http.get()
                .uri("/api/v1/orgs/{org}/performances/{performance}", org, performance)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.eventTitle").isEqualTo("Night of Strings II")
                .jsonPath("$.eventId").isEqualTo(event)
                .jsonPath("$.startsAt").isEqualTo("2030-04-01T19:30:00Z")
                .jsonPath("$.status").isEqualTo("SCHEDULED"));
        admin.post().uri("/api/v1/orgs/{org}/events/{event}/performances/{performance}/postpone", org, event, performance)
                .exchange().expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> http.get()
                .uri("/api/v1/orgs/{org}/performances/{performance}", org, performance)
                .exchange().expectBody().jsonPath("$.status").isEqualTo("POSTPONED"));
        admin.post().uri("/api/v1/orgs/{org}/events/{event}/performances/{performance}/cancel", org, event, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "Storm damage"))
                .exchange().expectStatus().isNoContent();
        await().atMost(PROJECTED).untilAsserted(() -> http.get().uri("/api/v1/orgs/{org}/events/{event}", org, event)
                .exchange().expectBody()
                .jsonPath("$.performances[0].status").isEqualTo("CANCELLED")
                .jsonPath("$.firstStartsAt").doesNotExist());
        admin.post().uri("/api/v1/orgs/{org}/events/{event}/performances/{performance}/postpone", org, event, performance)
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("performance-cancelled");

        admin.post().uri("/api/v1/orgs/{org}/events/{event}/cancel", org, event).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Artist ill")).exchange().expectStatus().isNoContent();
        admin.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, event, floor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Floor", "price", Map.of("amount", "39.50", "currency", "EUR"), "section", "Floor"))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("event-cancelled");
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/events/{event}", org, event)
                .exchange().expectBody().jsonPath("$.status").isEqualTo("CANCELLED"));
        http.get().uri("/api/v1/orgs/{org}/events/{event}", org, event).exchange().expectStatus().isNotFound();
    }

    @Test
    void badInputIsRejectedWithItsFieldsOrTheRuleItBreaks() {
        String org = createOrganisation("bad-events");
        String venue = createVenue(admin, org);
        post("/api/v1/orgs/{org}/events", org, Map.of("title", " ", "description", "x".repeat(10_001)))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'category')]").exists()
                .jsonPath("$.errors[?(@.field == 'venueId')]").exists()
                .jsonPath("$.errors[?(@.field == 'description')]").exists();
        admin.post().uri("/api/v1/orgs/{org}/events", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\": ").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("malformed-request");
        rejected(post("/api/v1/orgs/{org}/events", org, event(venue, "concerts")), 422, "invalid-event-details");
        rejected(post("/api/v1/orgs/{org}/events", org,
                Map.of("title", "T", "category", "concert", "venueId", venue, "imageUrl", "http://example.com/a.jpg")),
                422, "invalid-event-details");
        rejected(post("/api/v1/orgs/{org}/events", org, event(UUID.randomUUID().toString(), "concert")),
                404, "venue-not-found");

        String event = createEvent(admin, org, venue, "Bad input", "concert");
        String performances = "/api/v1/orgs/{org}/events/" + event + "/performances";
        post(performances, org, Map.of("endsAt", MARCH.toString())).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'startsAt')]").exists()
                .jsonPath("$.errors[?(@.field == 'onSaleFrom')]").exists();
        rejected(post(performances, org, Map.of("startsAt", MARCH.toString(), "endsAt", MARCH.minusSeconds(60).toString(),
                "onSaleFrom", MARCH.minusSeconds(86_400).toString(), "onSaleUntil", MARCH.minusSeconds(120).toString())),
                422, "invalid-performance-times");
        rejected(admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange(),
                409, "event-not-ready");

        String ticketTypes = "/api/v1/orgs/{org}/events/" + event + "/ticket-types";
        post(ticketTypes, org, Map.of("name", "", "price", Map.of("amount", "49.505", "currency", "EUR")))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'price.amount')]").exists();
        for (String currency : List.of("EURO", "eur", "XYZ")) {
            post(ticketTypes, org, Map.of("name", "Floor", "price", Map.of("amount", "49.50", "currency", currency),
                    "section", "Floor")).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.errors[?(@.field == 'price.currency')]").exists();
        }
        rejected(post(ticketTypes, org, ticketType("Both", "49.50", "EUR", "Floor", "front")), 422, "invalid-ticket-type");
        rejected(post(ticketTypes, org, ticketType("Free money", "-1.00", "EUR", "Floor", null)), 422,
                "invalid-ticket-type");
        rejected(post(ticketTypes, org, ticketType("Seats", "49.50", "EUR", "A", null)), 422, "unknown-standing-section");
        rejected(post(ticketTypes, org, ticketType("Seats", "49.50", "EUR", null, "nowhere")), 422, "unknown-price-zone");
        Map<String, Object> tooMany = new HashMap<>(ticketType("Floor", "49.50", "EUR", "Floor", null));
        tooMany.put("maxPerOrder", 101);
        rejected(post(ticketTypes, org, tooMany), 422, "invalid-ticket-type");

        String floor = addTicketType(admin, org, event, ticketType("Floor", "49.50", "EUR", "Floor", null));
        rejected(post(ticketTypes, org, ticketType("Front", "89.00", "CHF", null, "front")), 422, "currency-mismatch");
        schedule(admin, org, event, MARCH);
        admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange().expectStatus().isNoContent();
        rejected(admin.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, event, floor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ticketType("Floor", "49.50", "EUR", null, "front"))
                .exchange(), 409, "ticket-type-places-fixed");
        rejected(admin.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, event, UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ticketType("Floor", "49.50", "EUR", "Floor", null))
                .exchange(), 404, "ticket-type-not-found");
        rejected(admin.post().uri("/api/v1/orgs/{org}/events/{event}/performances/{p}/postpone", org, event,
                UUID.randomUUID()).exchange(), 404, "performance-not-found");
        rejected(admin.post().uri("/api/v1/orgs/{org}/events/{event}/cancel", org, event)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange(), 400, "validation-failed");
    }

    @Test
    void anotherOrganisationsEventIsNotFoundAndOnlyCatalogManagersChangeEvents() {
        String arena = createOrganisation("arena-events");
        String club = createOrganisation("club-events");
        String venue = createVenue(admin, arena);
        String event = createEvent(admin, arena, venue, "Arena night", "concert");
        WebTestClient clubManager = member(club, StaffRole.EVENT_MANAGER);
        WebTestClient boxOffice = member(arena, StaffRole.BOX_OFFICE);
        WebTestClient arenaManager = member(arena, StaffRole.EVENT_MANAGER);

        rejected(clubManager.post().uri("/api/v1/orgs/{org}/events/{event}/publish", club, event).exchange(),
                404, "not-found");
        rejected(clubManager.post().uri("/api/v1/orgs/{org}/events/{event}/publish", arena, event).exchange(),
                404, "not-found");
        rejected(admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", arena, UUID.randomUUID()).exchange(),
                404, "not-found");
        rejected(admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", arena, venue).exchange(),
                404, "not-found");
        rejected(clubManager.post().uri("/api/v1/orgs/{org}/events", club).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event(venue, "concert")).exchange(), 404, "venue-not-found");
        rejected(boxOffice.post().uri("/api/v1/orgs/{org}/events", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event(venue, "concert")).exchange(), 403, "forbidden");
        rejected(boxOffice.post().uri("/api/v1/orgs/{org}/events/{event}/performances", arena, event)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(times(MARCH)).exchange(), 403, "forbidden");

        String managed = createEvent(arenaManager, arena, venue, "Managed night", "theatre");
        await().atMost(PROJECTED).untilAsserted(() -> boxOffice.get()
                .uri("/api/v1/orgs/{org}/events/{event}", arena, managed).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DRAFT"));
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/events/{event}", arena, event)
                .exchange().expectStatus().isOk());
        admin.get().uri("/api/v1/orgs/{org}/events/{event}", club, event).exchange().expectStatus().isNotFound();
        clubManager.get().uri("/api/v1/orgs/{org}/events/{event}", arena, event).exchange().expectStatus().isNotFound();
        admin.get().uri("/api/v1/orgs/{org}/events", club).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void buyersSeePublishedEventsAndVisibleTicketTypesOnly() {
        String org = createOrganisation("buyers");
        String venue = createVenue(admin, org);
        String published = createEvent(admin, org, venue, "On sale", "concert");
        String performance = schedule(admin, org, published, MARCH);
        addTicketType(admin, org, published, ticketType("Floor", "49.50", "EUR", "Floor", null));
        Map<String, Object> hiddenTerms = new HashMap<>(ticketType("Crew", "0.00", "EUR", "Floor", null));
        hiddenTerms.put("visible", false);
        String hidden = addTicketType(admin, org, published, hiddenTerms);
        admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, published).exchange()
                .expectStatus().isNoContent();
        String draft = createEvent(admin, org, venue, "Coming soon", "concert");
        String draftPerformance = schedule(admin, org, draft, APRIL);

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/events", org).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[1].firstStartsAt").isEqualTo("2030-04-01T19:30:00Z"));
        await().atMost(PROJECTED).untilAsserted(() -> http.get().uri("/api/v1/orgs/{org}/events", org).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(published));
        http.get().uri("/api/v1/orgs/{org}/events/{event}", org, published).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ticketTypes.length()").isEqualTo(1)
                .jsonPath("$.ticketTypes[0].name").isEqualTo("Floor")
                .jsonPath("$.performances[0].id").isEqualTo(performance);
        http.get().uri("/api/v1/orgs/{org}/events/{event}/ticket-types", org, published).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
        http.get().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, published, hidden).exchange()
                .expectStatus().isNotFound();
        admin.get().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", org, published, hidden).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.visible").isEqualTo(false);
        admin.get().uri("/api/v1/orgs/{org}/events/{event}/ticket-types", org, published).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);

        WebTestClient strangerWithAToken = member(TenantId.random().toString(), StaffRole.OWNER);
        for (WebTestClient buyer : List.of(http, strangerWithAToken)) {
            buyer.get().uri("/api/v1/orgs/{org}/events/{event}", org, draft).exchange().expectStatus().isNotFound();
            buyer.get().uri("/api/v1/orgs/{org}/events/{event}/performances", org, draft).exchange()
                    .expectStatus().isNotFound();
            buyer.get().uri("/api/v1/orgs/{org}/performances/{performance}", org, draftPerformance).exchange()
                    .expectStatus().isNotFound();
            buyer.get().uri("/api/v1/orgs/{org}/events?status=DRAFT", org).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        }
        admin.get().uri("/api/v1/orgs/{org}/performances/{performance}", org, draftPerformance).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.eventStatus").isEqualTo("DRAFT");
    }

    @Test
    void eventsAreFilteredByStatusCategoryAndDatesAndPaged() {
        String org = createOrganisation("listed");
        String venue = createVenue(admin, org);
        String may = createEvent(admin, org, venue, "May", "concert");
        schedule(admin, org, may, MAY);
        String march = createEvent(admin, org, venue, "March", "concert");
        schedule(admin, org, march, MARCH);
        schedule(admin, org, march, APRIL);
        String theatre = createEvent(admin, org, venue, "Theatre", "theatre");
        schedule(admin, org, theatre, APRIL);
        String undated = createEvent(admin, org, venue, "Undated", "concert");

        // every performance must have reached the read model, or an event may still sort among the undated ones
        JsonNode first = await().atMost(PROJECTED).until(() -> page(admin, "/api/v1/orgs/{org}/events?limit=2", org),
                page -> titles(page).equals(List.of("March", "Theatre")) && !page.get("nextCursor").isNull());
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(titles(page(admin,
                "/api/v1/orgs/{org}/events?limit=2&cursor=" + first.get("nextCursor").asString(), org)))
                .containsExactly("May", "Undated"));

        assertThat(titles(page(admin, "/api/v1/orgs/{org}/events?category=concert", org)))
                .containsExactly("March", "May", "Undated");
        assertThat(titles(page(admin, "/api/v1/orgs/{org}/events?from=2030-03-15T00:00:00Z&to=2030-04-15T00:00:00Z",
                org))).containsExactly("March", "Theatre");
        assertThat(titles(page(admin, "/api/v1/orgs/{org}/events?from=2030-04-15T00:00:00Z", org)))
                .containsExactly("May");
        assertThat(titles(page(admin, "/api/v1/orgs/{org}/events?status=PUBLISHED", org))).isEmpty();
        assertThat(titles(page(admin, "/api/v1/orgs/{org}/events?status=DRAFT&category=theatre", org)))
                .containsExactly("Theatre");
        admin.get().uri("/api/v1/orgs/{org}/events?status=LIVE", org).exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/v1/orgs/{org}/events?limit=0", org).exchange().expectStatus().isBadRequest();

        JsonNode dates = page(admin, "/api/v1/orgs/{org}/events/" + march + "/performances?limit=1", org);
        assertThat(dates.get("items").get(0).get("startsAt").asString()).isEqualTo("2030-03-01T19:30:00Z");
        JsonNode later = page(admin, "/api/v1/orgs/{org}/events/" + march + "/performances?limit=1&cursor="
                + dates.get("nextCursor").asString(), org);
        assertThat(later.get("items").get(0).get("startsAt").asString()).isEqualTo("2030-04-01T19:30:00Z");
        assertThat(later.get("nextCursor").isNull()).isTrue();
        assertThat(undated).isNotBlank();
    }

    private WebTestClient.ResponseSpec post(String uri, String org, Object body) {
        return admin.post().uri(uri, org).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void rejected(WebTestClient.ResponseSpec response, int status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }

    private static JsonNode page(WebTestClient client, String uri, String org) {
        return client.get().uri(uri, org).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }

    private static Map<String, Object> event(String venue, String category) {
        return Map.of("title", "Title", "category", category, "venueId", venue);
    }

}
