package io.admitone.query.search;

import io.admitone.kernel.money.Money;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.admitone.schema.jooq.Tables.EVENT_SEARCH;

/**
 * The default search: PostgreSQL full-text search over {@code read.event_search}. A text matches an event whose
 * weighted {@code document} matches it as a web search query, or whose {@code search_text} has words similar to it
 * (pg_trgm word similarity, for typos); relevance is the text rank plus that similarity.
 */
@Component
class PostgresSearchIndex implements SearchIndex {

    private static final Field<Object> DOCUMENT = DSL.field(DSL.name("document"));
    private static final Field<String> SEARCH_TEXT = DSL.field(DSL.name("search_text"), String.class);
    private static final Field<String> AVAILABILITY = DSL.when(EVENT_SEARCH.FREE_PLACES.gt(DSL.inline(0)),
            DSL.inline(EventSearchFacets.AVAILABLE)).otherwise(DSL.inline(EventSearchFacets.SOLD_OUT));

    private final TenantScopedQueries queries;

    PostgresSearchIndex(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<EventSearchResult> search(EventSearchQuery query) {
        int offset = query.offset();
        Condition matching = PostgresSearchFilters.of(query).and(textMatches(query.text()));
        return queries.read(query.tenant(), db -> EventSearchResult.page(
                hits(db, matching, order(query.text()), offset, query.limit() + 1), offset, query.limit(),
                new EventSearchFacets(counts(db, matching, EVENT_SEARCH.CATEGORY),
                        counts(db, matching, EVENT_SEARCH.CITY), counts(db, matching, EVENT_SEARCH.STARTS_MONTH),
                        counts(db, matching, EVENT_SEARCH.PRICE_BAND), counts(db, matching, AVAILABILITY))));
    }

    private static Condition textMatches(String text) {
        if (text == null) {
            return DSL.noCondition();
        }
        return DSL.condition("{0} @@ websearch_to_tsquery('simple', {1})", DOCUMENT, DSL.val(text))
                .or(DSL.condition("lower({0}) <% {1}", DSL.val(text), SEARCH_TEXT));
    }

    private static List<SortField<?>> order(String text) {
        List<SortField<?>> byDate = List.of(EVENT_SEARCH.STARTS_AT.asc().nullsLast(), EVENT_SEARCH.EVENT_ID.asc());
        if (text == null) {
            return byDate;
        }
        Field<Double> relevance = DSL.field("ts_rank({0}, websearch_to_tsquery('simple', {1})) "
                + "+ word_similarity(lower({1}), {2})", Double.class, DOCUMENT, DSL.val(text), SEARCH_TEXT);
        return Stream.concat(Stream.of(relevance.desc()), byDate.stream()).toList();
    }

    private static List<EventSearchHit> hits(DSLContext db, Condition matching, List<SortField<?>> order, int offset,
                                             int rows) {
        return db.selectFrom(EVENT_SEARCH).where(matching).orderBy(order).offset(offset).limit(rows)
                .fetch(row -> new EventSearchHit(row.getEventId(), row.getTitle(), row.getDescription(),
                        row.getCategory(), Arrays.asList(row.getTags()), row.getVenueName(), row.getCity(),
                        row.getStartsAt(), row.getEndsAt(),
                        row.getFromPrice() == null ? null : new Money(row.getFromPrice(), row.getCurrency()),
                        row.getFreePlaces() > 0));
    }

    private static Map<String, Long> counts(DSLContext db, Condition matching, Field<String> facet) {
        return db.select(facet, DSL.count().cast(Long.class)).from(EVENT_SEARCH).where(matching)
                .and(facet.isNotNull())
                .groupBy(facet)
                .fetchMap(Record2::value1, Record2::value2);
    }
}
