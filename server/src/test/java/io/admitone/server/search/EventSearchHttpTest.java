package io.admitone.server.search;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Buyers search an organisation's published events over HTTP, without credentials, with a typo and facets. */
class EventSearchHttpTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final Instant MARCH = Instant.parse("2030-03-10T19:30:00Z");

    @Test
    void aBuyerFindsAPublishedEventWithATypoAndSeesItsFacets() {
        String org = createOrganisation("search-http");
        SearchCatalog catalog = new SearchCatalog(admin, org);
        String venue = catalog.venue("Philharmonie", "Berlin", 100);
        SearchCatalog.Draft event = catalog.published(venue, "Beethoven Symphonies", "classical", List.of("orchestra"),
                MARCH, "45.50");
        catalog.draft(venue, "Beethoven Quartets", "classical", List.of(), MARCH, "30.00");

        await().atMost(PROJECTED).untilAsserted(() -> http.get()
                .uri("/api/v1/orgs/{org}/search/events?q={q}&city={city}&limit=5", org, "Beethovn", "berlin")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(event.event())
                .jsonPath("$.items[0].title").isEqualTo("Beethoven Symphonies")
                .jsonPath("$.items[0].venueName").isEqualTo("Philharmonie")
                .jsonPath("$.items[0].startsAt").isEqualTo("2030-03-10T19:30:00Z")
                .jsonPath("$.items[0].fromPrice").isEqualTo(Map.of("amount", "45.50", "currency", "EUR"))
                .jsonPath("$.items[0].available").isEqualTo(true)
                .jsonPath("$.nextCursor").doesNotExist()
                .jsonPath("$.facets.category.classical").isEqualTo(1)
                .jsonPath("$.facets.month['2030-03']").isEqualTo(1)
                .jsonPath("$.facets.priceBand['25-to-50']").isEqualTo(1)
                .jsonPath("$.facets.availability.available").isEqualTo(1));

        String otherOrg = createOrganisation("search-http-other");
        http.get().uri("/api/v1/orgs/{org}/search/events?q=Beethoven", otherOrg).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void badParametersAreAnsweredWithTheOffendingField() {
        String org = createOrganisation("search-bad");
        assertRejected(org, "from=yesterday", "from");
        assertRejected(org, "limit=0", "limit");
        assertRejected(org, "priceMax=-1", "priceMax");
        assertRejected(org, "available=perhaps", "available");
        assertRejected(org, "cursor=bm90LWEtY3Vyc29y", "cursor");
    }

    @Test
    void reindexingIsForPlatformAdminsAndNeedsAnExternalEngine() {
        String org = createOrganisation("search-reindex");
        member(org, StaffRole.OWNER).post().uri("/api/v1/admin/search/reindex").exchange()
                .expectStatus().isForbidden();
        admin.post().uri("/api/v1/admin/search/reindex").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("PostgreSQL"));
    }

    private void assertRejected(String org, String parameters, String field) {
        JsonNode problem = http.get().uri("/api/v1/orgs/" + org + "/search/events?" + parameters).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("code").asString()).isEqualTo("validation-failed");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
