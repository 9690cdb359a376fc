package io.admitone.server.search;

import com.meilisearch.sdk.SearchRequest;
import com.meilisearch.sdk.model.Searchable;
import io.admitone.query.search.EventSearchFacets;
import io.admitone.query.search.EventSearchQuery;
import io.admitone.query.search.EventSearchResult;
import io.admitone.query.search.SearchIndex;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;

/**
 * Searches the Meilisearch index: relevance first (Meilisearch's ranking rules, typo tolerance included), then
 * the first performance's date. The tenant filter is always part of the request.
 */
class MeilisearchSearchIndex implements SearchIndex {

    private static final String[] BY_DATE = {"startsAt:asc", MeilisearchEventIndex.PRIMARY_KEY + ":asc"};

    private final MeilisearchEventIndex index;

    MeilisearchSearchIndex(MeilisearchEventIndex index) {
        this.index = index;
    }

    @Override
    public Mono<EventSearchResult> search(EventSearchQuery query) {
        int offset = query.offset();
        SearchRequest request = SearchRequest.builder()
                .q(query.text() == null ? "" : query.text())
                .filter(MeilisearchFilters.of(query))
                .facets(MeilisearchEventIndex.FACETS)
                .sort(BY_DATE)
                .offset(offset)
                .limit(query.limit() + 1)
                .build();
        return Mono.fromCallable(() -> result(index.search(request), offset, query.limit()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static EventSearchResult result(Searchable found, int offset, int limit) {
        Map<?, ?> distribution = found.getFacetDistribution() instanceof Map<?, ?> map ? map : Map.of();
        Map<String, Long> availability = new HashMap<>();
        counts(distribution, "available").forEach((value, count) -> availability.put(
                Boolean.parseBoolean(value) ? EventSearchFacets.AVAILABLE : EventSearchFacets.SOLD_OUT, count));
        EventSearchFacets facets = new EventSearchFacets(counts(distribution, "category"),
                counts(distribution, "city"), counts(distribution, "startsMonth"), counts(distribution, "priceBand"),
                availability);
        return EventSearchResult.page(found.getHits().stream().map(MeilisearchDocuments::hit).toList(), offset,
                limit, facets);
    }

    private static Map<String, Long> counts(Map<?, ?> distribution, String facet) {
        Map<String, Long> counts = new HashMap<>();
        if (distribution.get(facet) instanceof Map<?, ?> values) {
            values.forEach((value, count) -> counts.put(String.valueOf(value), ((Number) count).longValue()));
        }
        return counts;
    }
}
