package io.admitone.server.search;

import io.admitone.query.search.EventSearchQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of a search in Meilisearch's filter syntax, ANDed: the tenant always, then each one the query sets.
 * Strings are quoted with their quotes and backslashes escaped, so a value can never widen the filter.
 */
final class MeilisearchFilters {

    private MeilisearchFilters() {
    }

    static String[] of(EventSearchQuery query) {
        List<String> filters = new ArrayList<>();
        filters.add("tenantId = " + quoted(query.tenant().toString()));
        if (query.category() != null) {
            filters.add("category = " + quoted(query.category()));
        }
        if (query.city() != null) {
            filters.add("city = " + quoted(query.city()));
        }
        if (query.from() != null) {
            filters.add("endsAt >= " + query.from().getEpochSecond());
        }
        if (query.to() != null) {
            filters.add("startsAt < " + query.to().getEpochSecond());
        }
        if (query.priceMax() != null) {
            filters.add("fromPrice <= " + query.priceMax().toPlainString());
        }
        if (query.available() != null) {
            filters.add("available = " + query.available());
        }
        return filters.toArray(String[]::new);
    }

    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
