package io.admitone.query.search;

import io.admitone.kernel.catalog.event.EventStatus;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import static io.admitone.schema.jooq.Tables.EVENT_SEARCH;

/** The filters of a search as conditions on {@code read.event_search}: always its tenant's published events. */
final class PostgresSearchFilters {

    private PostgresSearchFilters() {
    }

    static Condition of(EventSearchQuery query) {
        Condition filters = EVENT_SEARCH.TENANT_ID.eq(query.tenant().value())
                .and(EVENT_SEARCH.STATUS.eq(EventStatus.PUBLISHED.name()));
        if (query.category() != null) {
            filters = filters.and(DSL.lower(EVENT_SEARCH.CATEGORY).eq(DSL.lower(DSL.val(query.category()))));
        }
        if (query.city() != null) {
            filters = filters.and(DSL.lower(EVENT_SEARCH.CITY).eq(DSL.lower(DSL.val(query.city()))));
        }
        if (query.from() != null) {
            filters = filters.and(EVENT_SEARCH.ENDS_AT.ge(query.from()));
        }
        if (query.to() != null) {
            filters = filters.and(EVENT_SEARCH.STARTS_AT.lt(query.to()));
        }
        if (query.priceMax() != null) {
            filters = filters.and(EVENT_SEARCH.FROM_PRICE.le(query.priceMax()));
        }
        if (query.available() != null) {
            filters = filters.and(query.available() ? EVENT_SEARCH.FREE_PLACES.gt(0) : EVENT_SEARCH.FREE_PLACES.le(0));
        }
        return filters;
    }
}
