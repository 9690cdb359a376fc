package io.admitone.server.search;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.util.DefaultUriBuilderFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The public search through GraphQL finds what the REST search finds, with the facets as value-count lists. */
class GraphQlSearchTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final String SEARCH = """
            query($org: ID!, $q: String, $after: String, $priceMax: String) {
              searchEvents(orgId: $org, q: $q, first: 1, after: $after, priceMax: $priceMax) {
                items { id title city fromPrice { amount currency } available }
                nextCursor
                facets { category { value count } priceBand { value count } }
              }
            }""";

    @LocalServerPort
    int port;

    @Test
    void aBuyerSearchesWithATypoAndPagesThroughTheHits() {
        String org = createOrganisation("search-graphql");
        SearchCatalog catalog = new SearchCatalog(admin, org);
        String venue = catalog.venue("Gewandhaus", "Leipzig", 100);
        catalog.published(venue, "Brahms Requiem", "classical", List.of("choir"),
                Instant.parse("2030-05-01T19:00:00Z"), "30.00");
        catalog.published(venue, "Brahms Symphonies", "classical", List.of(),
                Instant.parse("2030-06-01T19:00:00Z"), "60.00");

        await().atMost(PROJECTED).untilAsserted(() -> graphQl().document(SEARCH)
                .variable("org", org).variable("q", "Brahm")
                .execute()
                .path("searchEvents.facets.category").entityList(Map.class)
                .containsExactly(Map.of("value", "classical", "count", 2)));

        var first = graphQl().document(SEARCH).variable("org", org).variable("q", "Brahm").execute();
        first.path("searchEvents.items").entityList(Object.class).hasSize(1);
        String cursor = first.path("searchEvents.nextCursor").entity(String.class).get();
        String firstTitle = first.path("searchEvents.items[0].title").entity(String.class).get();
        var second = graphQl().document(SEARCH).variable("org", org).variable("q", "Brahm").variable("after", cursor)
                .execute();
        second.path("searchEvents.items[0].city").entity(String.class).isEqualTo("Leipzig");
        assertThat(second.path("searchEvents.items[0].title").entity(String.class).get()).isNotEqualTo(firstTitle)
                .startsWith("Brahms");
        second.path("searchEvents.nextCursor").valueIsNull();

        graphQl().document(SEARCH).variable("org", org).variable("priceMax", "40").execute()
                .path("searchEvents.items[0].fromPrice").entity(Map.class)
                .isEqualTo(Map.of("amount", "30.00", "currency", "EUR"));
    }

    @Test
    void aBadArgumentIsAnErrorNamingIt() {
        String org = createOrganisation("search-graphql-bad");
        graphQl().document(SEARCH).variable("org", org).variable("priceMax", "cheap").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("priceMax")));
    }

    private HttpGraphQlTester graphQl() {
        return HttpGraphQlTester.create(http.mutate()
                .uriBuilderFactory(new DefaultUriBuilderFactory("http://localhost:" + port + "/graphql")).build());
    }
}
