package io.admitone.server.catalog;

import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Venues with seat maps over HTTP: created by catalog managers, read by staff of their organisation only. */
class VenuesTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    /** The pinned example of the API. */
    private static final Map<String, Object> ARENA = Map.of("name", "Arena", "timeZone", "Europe/Berlin",
            "sections", List.of(
                    Map.of("name", "A", "kind", "SEATED", "priceZone", "front",
                            "rows", List.of(Map.of("label", "1", "seats", 20), Map.of("label", "2", "seats", 20))),
                    Map.of("name", "Floor", "kind", "STANDING", "capacity", 500)));

    @Autowired
    private JwtEncoder accessTokenEncoder;

    @Autowired
    private VenueLayouts layouts;

    @Test
    void thePinnedExampleIsAVenueOfFortySeatsAndFiveHundredFortyPlaces() {
        String org = createOrganisation("pinned");
        admin.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON).bodyValue(ARENA)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .matches("/api/v1/orgs/" + org + "/venues/[0-9a-f-]{36}"))
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.seatCount").isEqualTo(40)
                .jsonPath("$.capacity").isEqualTo(540);
    }

    @Test
    void theSeatMapIsReadBackInMapOrderWithZonesAndFlags() {
        String org = createOrganisation("seat-map");
        String venue = createVenue(admin, org, Map.of("name", "Club", "timeZone", "Europe/Vienna", "city", "Wien",
                "sections", List.of(
                        Map.of("name", "A", "kind", "SEATED", "priceZone", "front",
                                "rows", List.of(Map.of("label", "1", "seats", 3, "seatFlags", Map.of("3", List.of("aisle"))),
                                        Map.of("label", "2", "seats", 2))),
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 300),
                        Map.of("name", "Box", "kind", "SEATED", "rows", List.of(Map.of("label", "B", "priceZone", "vip",
                                "seatLabels", List.of("101", "103"),
                                "seatFlags", Map.of("101", List.of("wheelchair", "restricted-view"))))))));

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Club")
                .jsonPath("$.city").isEqualTo("Wien")
                .jsonPath("$.seatCount").isEqualTo(7)
                .jsonPath("$.capacity").isEqualTo(307)
                .jsonPath("$.sections[0].name").isEqualTo("A")
                .jsonPath("$.sections[0].priceZones[0]").isEqualTo("front")
                .jsonPath("$.sections[0].rowCount").isEqualTo(2)
                .jsonPath("$.sections[1].kind").isEqualTo("STANDING")
                .jsonPath("$.sections[1].capacity").isEqualTo(300)
                .jsonPath("$.sections[2].priceZones[0]").isEqualTo("vip"));

        admin.get().uri("/api/v1/orgs/{org}/venues/{venue}/seats", org, venue).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.venueId").isEqualTo(venue)
                .jsonPath("$.sections.length()").isEqualTo(3)
                .jsonPath("$.sections[0].rows[0].seats[*].key").isEqualTo(List.of("A-1-1", "A-1-2", "A-1-3"))
                .jsonPath("$.sections[0].rows[0].seats[0].priceZone").isEqualTo("front")
                .jsonPath("$.sections[0].rows[0].seats[0].flags").doesNotExist()
                .jsonPath("$.sections[0].rows[0].seats[2].flags").isEqualTo(List.of("aisle"))
                .jsonPath("$.sections[0].rows[1].label").isEqualTo("2")
                .jsonPath("$.sections[0].capacity").doesNotExist()
                .jsonPath("$.sections[1].name").isEqualTo("Floor")
                .jsonPath("$.sections[1].capacity").isEqualTo(300)
                .jsonPath("$.sections[1].rows").doesNotExist()
                .jsonPath("$.sections[2].rows[0].seats[*].key").isEqualTo(List.of("Box-B-101", "Box-B-103"))
                .jsonPath("$.sections[2].rows[0].seats[0].priceZone").isEqualTo("vip")
                .jsonPath("$.sections[2].rows[0].seats[0].flags").isEqualTo(List.of("restricted-view", "wheelchair"));
    }

    @Test
    void detailsChangeAndListsPageAndFilterByCity() {
        String org = createOrganisation("venue-list");
        String hall = createVenue(admin, org, venue("Hall", "Hamburg"));
        createVenue(admin, org, venue("Arena", "Berlin"));
        createVenue(admin, org, venue("Club", "berlin"));

        admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, hall).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Great Hall", "timeZone", "Europe/Berlin", "city", "Berlin",
                        "address", "Elbufer 1"))
                .exchange().expectStatus().isAccepted();
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/venues/{venue}", org, hall)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Great Hall")
                .jsonPath("$.city").isEqualTo("Berlin")
                .jsonPath("$.address").isEqualTo("Elbufer 1"));

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/venues?city=BERLIN", org)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(3));
        admin.get().uri("/api/v1/orgs/{org}/venues?city=Hamburg", org).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        JsonNode first = admin.get().uri("/api/v1/orgs/{org}/venues?limit=2", org).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(first.get("items")).hasSize(2);
        admin.get().uri("/api/v1/orgs/{org}/venues?limit=2&cursor={cursor}", org, first.get("nextCursor").asString())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].seatCount").isEqualTo(10)
                .jsonPath("$.nextCursor").doesNotExist();
    }

    @Test
    void badInputIsRejectedWithItsReason() {
        String org = createOrganisation("bad-venues");
        post(org, Map.of("timeZone", "Europe/Berlin", "sections", List.of(Map.of("name", "A"))))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'sections[0].kind')]").exists();
        post(org, Map.of("name", "Arena", "timeZone", "Europe/Berlin", "sections", List.of()))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'sections')]").exists();
        post(org, Map.of("name", "Arena", "timeZone", "Europe/Berlin",
                "sections", List.of(Map.of("name", "A", "kind", "BALCONY"))))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("malformed-request");
        post(org, Map.of("name", "Arena", "timeZone", "Europe/Berlin", "sections", List.of(Map.of("name", "A",
                "kind", "SEATED", "priceZone", "front", "rows", List.of(Map.of("label", "1-2", "seats", 10))))))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("invalid-seat-map")
                .jsonPath("$.detail").isEqualTo("Section 'A', row '1-2': a row label must be 1 to 16 letters (A-Z, a-z) and digits");
        post(org, Map.of("name", "Arena", "timeZone", "+01:00", "sections", List.of(Map.of("name", "Floor",
                "kind", "STANDING", "capacity", 10))))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-venue-details");

        String venue = createVenue(admin, org, ARENA);
        patch(org, venue, Map.of("timeZone", "Europe/Berlin"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[?(@.field == 'name')]").exists();
        patch(org, venue, Map.of("name", "Arena", "timeZone", "Mars/Olympus"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-venue-details");
        patch(org, UUID.randomUUID().toString(), Map.of("name", "Arena", "timeZone", "Europe/Berlin"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("venue-not-found");
    }

    @Test
    void anotherOrganisationsVenueIsNotFound() {
        String arena = createOrganisation("venue-owner");
        String club = createOrganisation("venue-other");
        String venue = createVenue(admin, arena, ARENA);
        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/venues/{venue}", arena, venue)
                .exchange().expectStatus().isOk());

        for (String path : List.of("/api/v1/orgs/{org}/venues/{venue}", "/api/v1/orgs/{org}/venues/{venue}/seats")) {
            admin.get().uri(path, club, venue).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("venue-not-found");
        }
        patch(club, venue, Map.of("name", "Taken over", "timeZone", "Europe/Berlin"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("venue-not-found");
        admin.get().uri("/api/v1/orgs/{org}/venues", club).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        member(club, StaffRole.EVENT_MANAGER).get().uri("/api/v1/orgs/{org}/venues/{venue}", arena, venue).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");

        VenueLayout layout = layouts.of(TenantId.of(arena), VenueId.of(venue));
        assertThat(layout.seatCount()).isEqualTo(40);
        assertThat(layout.capacity()).isEqualTo(540);
        assertThat(layout.priceZones()).containsExactly("front");
        for (Runnable notFound : List.<Runnable>of(() -> layouts.of(TenantId.of(club), VenueId.of(venue)),
                () -> layouts.of(TenantId.of(arena), VenueId.random()))) {
            assertThatThrownBy(notFound::run).isInstanceOfSatisfying(DomainRejection.class,
                    rejection -> assertThat(rejection.code()).isEqualTo("venue-not-found"));
        }
    }

    @Test
    void catalogManagersCreateVenuesAndOtherStaffOnlyReadThem() {
        String org = createOrganisation("venue-roles");
        for (StaffRole role : List.of(StaffRole.ANALYST, StaffRole.BOX_OFFICE)) {
            member(org, role).post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(ARENA).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
        }
        String venue = createVenue(member(org, StaffRole.EVENT_MANAGER), org, ARENA);
        member(org, StaffRole.BOX_OFFICE).patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Mine", "timeZone", "Europe/Berlin"))
                .exchange().expectStatus().isForbidden();
        await().atMost(PROJECTED).untilAsserted(() -> member(org, StaffRole.ANALYST).get()
                .uri("/api/v1/orgs/{org}/venues/{venue}/seats", org, venue).exchange().expectStatus().isOk());
        http.get().uri("/api/v1/orgs/{org}/venues", org).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aHundredThousandSeatVenueIsCreatedProjectedAndReadBack() {
        String org = createOrganisation("stadium");
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int section = 1; section <= 10; section++) {
            sections.add(Map.of("name", "S" + section, "kind", "SEATED", "priceZone", section <= 2 ? "front" : "main",
                    "rows", IntStream.rangeClosed(1, 100).mapToObj(row -> Map.of("label", Integer.toString(row), "seats", 100)).toList()));
        }
        WebTestClient bigBodies = admin.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();

        long started = System.nanoTime();
        JsonNode created = bigBodies.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Stadium", "timeZone", "Europe/London", "sections", sections)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        long createdAt = System.nanoTime();
        String venue = created.get("id").asString();
        assertThat(created.get("seatCount").asInt()).isEqualTo(100_000);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                bigBodies.get().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue).exchange().expectStatus().isOk());
        long projectedAt = System.nanoTime();
        JsonNode seatMap = bigBodies.get().uri("/api/v1/orgs/{org}/venues/{venue}/seats", org, venue).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        long readAt = System.nanoTime();

        System.out.printf("100,000-seat venue: creation %d ms, projection %d ms, seat map read %d ms%n",
                (createdAt - started) / 1_000_000, (projectedAt - createdAt) / 1_000_000, (readAt - projectedAt) / 1_000_000);
        List<String> keys = new ArrayList<>(100_000);
        seatMap.get("sections").forEach(section -> section.get("rows").forEach(row ->
                row.get("seats").forEach(seat -> keys.add(seat.get("key").asString()))));
        assertThat(keys).hasSize(100_000).doesNotHaveDuplicates();
        assertThat(keys.getFirst()).isEqualTo("S1-1-1");
        assertThat(keys.get(49_949)).isEqualTo("S5-100-50");
        assertThat(keys.getLast()).isEqualTo("S10-100-100");
        assertThat(seatMap.get("sections").get(0).get("rows").get(0).get("seats").get(0).get("priceZone").asString())
                .isEqualTo("front");
    }

    private WebTestClient.ResponseSpec post(String org, Map<String, Object> body) {
        return admin.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec patch(String org, String venue, Map<String, Object> body) {
        return admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static String createVenue(WebTestClient client, String org, Map<String, Object> body) {
        return client.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    /** A venue of one section of ten seats. */
    private static Map<String, Object> venue(String name, String city) {
        return Map.of("name", name, "timeZone", "Europe/Berlin", "city", city, "sections", List.of(Map.of("name", "A",
                "kind", "SEATED", "priceZone", "main", "rows", List.of(Map.of("label", "1", "seats", 10)))));
    }
}
