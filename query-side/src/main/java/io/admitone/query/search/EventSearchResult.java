package io.admitone.query.search;

import java.util.List;

/** A page of search results, the cursor of the next page (null on the last one) and the facet counts. */
public record EventSearchResult(List<EventSearchHit> items, String nextCursor, EventSearchFacets facets) {

    public EventSearchResult {
        items = List.copyOf(items);
    }

    /** The page from up to {@code limit + 1} hits found from {@code offset} on: one more says another page follows. */
    public static EventSearchResult page(List<EventSearchHit> hits, int offset, int limit, EventSearchFacets facets) {
        return hits.size() > limit
                ? new EventSearchResult(hits.subList(0, limit), SearchCursor.after(offset + limit), facets)
                : new EventSearchResult(hits, null, facets);
    }
}
