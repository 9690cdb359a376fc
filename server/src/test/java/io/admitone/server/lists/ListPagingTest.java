package io.admitone.server.lists;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lists page through every sort they offer without repeating or skipping an item, filter as documented, and answer
 * bad paging or filter parameters with a 400 naming the parameter.
 */
class ListPagingTest extends ServerIntegrationTest {

    private static final List<String> TITLES = List.of("Opera", "Ballet", "Opera", "Circus", "ballet", "Jazz",
            "Opera", "Zither");

    private String org;

    @BeforeEach
    void eightEventsSomeWithTheSameTitleSomeWithoutPerformances() {
        org = createOrganisation("lists");
        String venue = CatalogRequests.createVenue(admin, org);
        Instant start = Instant.parse("2027-03-01T19:30:00Z");
        for (int i = 0; i < TITLES.size(); i++) {
            String event = CatalogRequests.createEvent(admin, org, venue, TITLES.get(i), "concert");
            if (i % 3 != 0) {
                // two events share a date, so that the start alone does not order them
                CatalogRequests.schedule(admin, org, event, start.plus(Duration.ofDays(i / 2)));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Pages.all(admin, "/api/v1/orgs/" + org + "/events", 200)
                .stream().filter(e -> !e.get("firstStartsAt").isNull()).count() == 5
                && Pages.all(admin, "/api/v1/orgs/" + org + "/events", 200).size() == TITLES.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"startsAt", "-startsAt", "title", "-title", "createdAt", "-createdAt", "updatedAt"})
    void pagesOfEveryEventSortHoldEachEventOnceInTheSortsOrder(String sort) {
        String uri = "/api/v1/orgs/" + org + "/events?sort=" + sort;
        List<JsonNode> whole = Pages.all(admin, uri, 200);
        for (int limit : new int[] {1, 2, 3}) {
            List<JsonNode> paged = Pages.all(admin, uri, limit);
            assertThat(Pages.field(paged, "id")).as("limit %d", limit).containsExactlyElementsOf(Pages.field(whole, "id"));
        }
        assertThat(new HashSet<>(Pages.field(whole, "id"))).hasSize(TITLES.size());
        String key = sort.replace("-", "").equals("startsAt") ? "firstStartsAt" : sort.replace("-", "");
        Comparator<String> order = key.equals("title") ? Comparator.<String>naturalOrder()
                : Comparator.nullsLast(Comparator.comparing(Instant::parse));
        List<String> keys = Pages.field(whole, key);
        if (key.equals("title")) {
            assertThat(keys).containsExactlyInAnyOrderElementsOf(TITLES);
        } else {
            assertThat(keys).isSortedAccordingTo(sort.startsWith("-") ? order.reversed() : order);
        }
    }

    @Test
    void eventsAreFilteredByTitleTextStatusAndDates() {
        String events = "/api/v1/orgs/" + org + "/events";
        assertThat(Pages.field(Pages.all(admin, events + "?q=opera", 2), "title"))
                .containsExactly("Opera", "Opera", "Opera");
        assertThat(Pages.all(admin, events + "?status=draft", 2)).hasSize(TITLES.size());
        assertThat(Pages.all(admin, events + "?status=PUBLISHED", 2)).isEmpty();
        assertThat(Pages.all(admin, events + "?from=2027-03-03T00:00:00Z&to=2027-03-04T00:00:00Z", 1)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=popularity", "sort=-", "cursor=not-a-cursor", "limit=0", "limit=201",
            "status=SOLD", "from=yesterday", "venueId=42", "from=2027-03-02T00:00:00Z&to=2027-03-01T00:00:00Z"})
    void aBadListParameterIsA400NamingIt(String query) {
        String parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
        admin.get().uri("/api/v1/orgs/" + org + "/events?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    @Test
    void aCursorOfOneSortIsRefusedForAnother() {
        JsonNode first = admin.get().uri("/api/v1/orgs/{org}/events?sort=title&limit=2", org).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        admin.get().uri("/api/v1/orgs/{org}/events?sort=-title&limit=2&cursor={cursor}", org,
                        first.get("nextCursor").asString())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void venuesPageByNameAndCapacity() {
        // three venues of the same name and capacity: only their ids order them
        CatalogRequests.createVenue(admin, org);
        CatalogRequests.createVenue(admin, org);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Pages.all(admin, "/api/v1/orgs/" + org + "/venues", 50).size() == 3);
        for (String sort : List.of("name", "-name", "capacity", "-createdAt")) {
            String uri = "/api/v1/orgs/" + org + "/venues?sort=" + sort;
            assertThat(Pages.field(Pages.all(admin, uri, 1), "id")).hasSize(3)
                    .containsExactlyElementsOf(Pages.field(Pages.all(admin, uri, 50), "id"));
        }
        admin.get().uri("/api/v1/orgs/{org}/venues?sort=city", org).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }
}
