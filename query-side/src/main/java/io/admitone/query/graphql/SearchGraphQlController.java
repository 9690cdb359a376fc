package io.admitone.query.graphql;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.InvalidParameter;
import io.admitone.query.search.EventSearchFacets;
import io.admitone.query.search.EventSearchQuery;
import io.admitone.query.search.EventSearchResult;
import io.admitone.query.search.SearchCursor;
import io.admitone.query.search.SearchIndex;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public search of published events, as {@code GET /search/events} answers it, through the same index. */
@Controller
class SearchGraphQlController {

    /** One value of a facet and how many matching events have it. */
    record FacetCount(String value, long count) {
    }

    /** The facets of a search as GraphQL lists them: value-count pairs rather than maps. */
    record Facets(List<FacetCount> category, List<FacetCount> city, List<FacetCount> month,
                  List<FacetCount> priceBand, List<FacetCount> availability) {
    }

    private static final int MAX_PAGE = 100;

    private final SearchIndex index;

    SearchGraphQlController(SearchIndex index) {
        this.index = index;
    }

    @QueryMapping
    Mono<EventSearchResult> searchEvents(@Argument UUID orgId, @Argument String q, @Argument String category,
                                         @Argument String city, @Argument String from, @Argument String to,
                                         @Argument String priceMax, @Argument Boolean available,
                                         @Argument int first, @Argument String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new InvalidParameter("first", "first must be between 1 and " + MAX_PAGE);
        }
        return index.search(new EventSearchQuery(new TenantId(orgId), q, category, city,
                FilterValues.instant("from", from), FilterValues.instant("to", to), amount(priceMax), available,
                first, cursor(after)));
    }

    @SchemaMapping(typeName = "EventSearchPage")
    Facets facets(EventSearchResult page) {
        EventSearchFacets facets = page.facets();
        return new Facets(counts(facets.category()), counts(facets.city()), counts(facets.month()),
                counts(facets.priceBand()), counts(facets.availability()));
    }

    private static List<FacetCount> counts(Map<String, Long> facet) {
        return facet.entrySet().stream().map(entry -> new FacetCount(entry.getKey(), entry.getValue())).toList();
    }

    private static BigDecimal amount(String priceMax) {
        try {
            BigDecimal amount = priceMax == null ? null : new BigDecimal(priceMax);
            if (amount != null && amount.signum() < 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException notAnAmount) {
            throw new InvalidParameter("priceMax", "priceMax must be a decimal amount of 0 or more, such as 49.50");
        }
    }

    private static String cursor(String after) {
        try {
            SearchCursor.offset(after);
            return after;
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidParameter("after", "Not a cursor of this search; pass a nextCursor back unchanged");
        }
    }
}
