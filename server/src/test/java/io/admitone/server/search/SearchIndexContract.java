package io.admitone.server.search;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.search.EventSearchHit;
import io.admitone.query.search.EventSearchQuery;
import io.admitone.query.search.EventSearchResult;
import io.admitone.query.search.SearchIndex;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link SearchIndex} adapter does, run against each of them by a subclass: the catalog is built through
 * the API, projected, and searched through the adapter the server is configured with.
 */
abstract class SearchIndexContract extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final Instant MARCH = Instant.parse("2030-03-10T19:30:00Z");
    private static final Instant APRIL = Instant.parse("2030-04-10T19:30:00Z");
    private static final Instant MAY = Instant.parse("2030-05-10T19:30:00Z");

    @Autowired
    private SearchIndex index;

    private String org;
    private SearchCatalog catalog;
    private String berlin;
    private String london;

    @BeforeEach
    void catalogOfAnOrganisation() {
        org = createOrganisation("search");
        catalog = new SearchCatalog(admin, org);
        berlin = catalog.venue("Philharmonie", "Berlin", 100);
        london = catalog.venue("Globe", "London", 100);
    }

    @Test
    void findsEventsByWordsOfTheirTitleTagsVenueAndCityAndToleratesTypos() {
        catalog.published(berlin, "Beethoven Symphonies", "classical", List.of("orchestra"), MARCH, "40.00");
        catalog.published(london, "Hamlet", "theatre", List.of("shakespeare"), APRIL, "30.00");

        eventually(query().withText("Beethovn"), found -> assertThat(titles(found)).containsExactly("Beethoven Symphonies"));
        assertThat(titles(search(query().withText("shakespeare")))).containsExactly("Hamlet");
        assertThat(titles(search(query().withText("Philharmonie")))).containsExactly("Beethoven Symphonies");
        assertThat(titles(search(query().withText("london")))).containsExactly("Hamlet");
        assertThat(titles(search(query().withText("Zarzuela")))).isEmpty();
    }

    @Test
    void ranksByRelevanceWithATextAndByDateWithout() {
        catalog.published(berlin, "Organ Night", "classical", List.of("bach"), MARCH, "10.00");
        catalog.published(berlin, "Bach Passions", "classical", List.of(), APRIL, "10.00");

        eventually(query().withText("bach"), found -> assertThat(titles(found))
                .containsExactly("Bach Passions", "Organ Night"));
        assertThat(titles(search(query()))).containsExactly("Organ Night", "Bach Passions");
    }

    @Test
    void countsEveryFacetOverAllMatchingEvents() {
        catalog.published(berlin, "Brahms", "classical", List.of(), MARCH, "20.00");
        catalog.published(london, "Verdi", "opera", List.of(), APRIL, "60.00");
        SearchCatalog.Draft soldOut = catalog.published(catalog.venue("Club", "London", 1), "Tosca", "opera",
                List.of(), APRIL, "120.00");
        awaitAvailable(3);
        catalog.hold(soldOut, 1);

        eventually(query(), found -> {
            assertThat(found.facets().availability()).isEqualTo(Map.of("available", 2L, "sold-out", 1L));
            assertThat(found.facets().category()).isEqualTo(Map.of("classical", 1L, "opera", 2L));
            assertThat(found.facets().city()).isEqualTo(Map.of("Berlin", 1L, "London", 2L));
            assertThat(found.facets().month()).isEqualTo(Map.of("2030-03", 1L, "2030-04", 2L));
            assertThat(found.facets().priceBand())
                    .isEqualTo(Map.of("under-25", 1L, "50-to-100", 1L, "100-and-over", 1L));
        });
        EventSearchResult opera = search(filtered("opera", null, null, null, null, null));
        assertThat(opera.facets().city()).isEqualTo(Map.of("London", 2L));
    }

    @Test
    void eachFilterNarrowsTheResults() {
        catalog.published(berlin, "Brahms", "classical", List.of(), MARCH, "20.00");
        catalog.published(london, "Verdi", "opera", List.of(), APRIL, "60.00");
        SearchCatalog.Draft soldOut = catalog.published(catalog.venue("Club", "Leeds", 1), "Tosca", "opera",
                List.of(), MAY, "120.00");
        awaitAvailable(3);
        catalog.hold(soldOut, 1);
        eventually(filtered(null, null, null, null, null, false), found -> assertThat(titles(found))
                .containsExactly("Tosca"));

        assertThat(titles(search(filtered(null, null, null, null, null, true)))).containsExactly("Brahms", "Verdi");
        assertThat(titles(search(filtered("OPERA", null, null, null, null, null)))).containsExactly("Verdi", "Tosca");
        assertThat(titles(search(filtered(null, "london", null, null, null, null)))).containsExactly("Verdi");
        assertThat(titles(search(filtered(null, null, Instant.parse("2030-04-01T00:00:00Z"),
                Instant.parse("2030-05-01T00:00:00Z"), null, null)))).containsExactly("Verdi");
        assertThat(titles(search(filtered(null, null, Instant.parse("2030-04-01T00:00:00Z"), null, null, null))))
                .containsExactly("Verdi", "Tosca");
        assertThat(titles(search(filtered(null, null, null, null, new BigDecimal("60"), null))))
                .containsExactly("Brahms", "Verdi");
    }

    @Test
    void showsOnlyTheOrganisationsPublishedEvents() {
        catalog.published(berlin, "Mahler Nine", "classical", List.of(), MARCH, "40.00");
        catalog.draft(berlin, "Mahler Ten", "classical", List.of(), APRIL, "40.00");
        String other = createOrganisation("search-other");
        SearchCatalog otherCatalog = new SearchCatalog(admin, other);
        otherCatalog.published(otherCatalog.venue("Hall", "Berlin", 10), "Mahler Eight", "classical", List.of(),
                MARCH, "40.00");

        eventually(query().withText("Mahler"), found -> assertThat(titles(found)).containsExactly("Mahler Nine"));
        eventually(EventSearchQuery.all(TenantId.of(other), 10).withText("Mahler"),
                found -> assertThat(titles(found)).containsExactly("Mahler Eight"));
    }

    @Test
    void pagesThroughResultsByDateWithCursors() {
        catalog.published(berlin, "First", "concert", List.of(), MARCH, "10.00");
        catalog.published(berlin, "Second", "concert", List.of(), APRIL, "10.00");
        catalog.published(berlin, "Third", "concert", List.of(), MAY, "10.00");
        eventually(query(), found -> assertThat(found.facets().category()).isEqualTo(Map.of("concert", 3L)));

        EventSearchResult first = search(EventSearchQuery.all(TenantId.of(org), 2));
        assertThat(titles(first)).containsExactly("First", "Second");
        assertThat(first.nextCursor()).isNotNull();
        EventSearchResult second = search(new EventSearchQuery(TenantId.of(org), null, null, null, null, null, null,
                null, 2, first.nextCursor()));
        assertThat(titles(second)).containsExactly("Third");
        assertThat(second.nextCursor()).isNull();
        assertThat(second.facets().category()).isEqualTo(Map.of("concert", 3L));
    }

    @Test
    void followsRenamesAndForgetsCancelledEvents() {
        SearchCatalog.Draft event = catalog.published(berlin, "Winterreise", "classical", List.of(), MARCH, "30.00");
        eventually(query().withText("Winterreise"), found -> assertThat(found.items()).hasSize(1));

        catalog.rename(event.event(), "Schwanengesang", "classical");
        eventually(query().withText("Schwanengesang"), found -> assertThat(titles(found))
                .containsExactly("Schwanengesang"));
        assertThat(search(query().withText("Winterreise")).items()).isEmpty();

        catalog.cancel(event.event());
        eventually(query(), found -> assertThat(found.items()).isEmpty());
    }

    private void awaitAvailable(int events) {
        eventually(filtered(null, null, null, null, null, true), found -> assertThat(found.items()).hasSize(events));
    }

    private EventSearchQuery query() {
        return EventSearchQuery.all(TenantId.of(org), 20);
    }

    private EventSearchQuery filtered(String category, String city, Instant from, Instant to, BigDecimal priceMax,
                                      Boolean available) {
        return new EventSearchQuery(TenantId.of(org), null, category, city, from, to, priceMax, available, 20, null);
    }

    private EventSearchResult search(EventSearchQuery query) {
        return index.search(query).block();
    }

    private void eventually(EventSearchQuery query, Consumer<EventSearchResult> expectation) {
        await().atMost(PROJECTED).untilAsserted(() -> expectation.accept(search(query)));
    }

    private static List<String> titles(EventSearchResult result) {
        return result.items().stream().map(EventSearchHit::title).toList();
    }
}
