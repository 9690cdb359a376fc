package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.query.paging.FilterValues;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;

/**
 * The filters of an event list, each optional: its status, its category, its venue, text its title contains, and
 * a range [from, to) in which one of its performances that are not cancelled starts.
 */
record EventFilter(EventStatus status, String category, Instant from, Instant to, String q, UUID venueId) {

    /** The filter from the query string; a value of the wrong form is a 400 naming its parameter. */
    static EventFilter parse(String status, String category, String from, String to, String q, String venueId) {
        return new EventFilter(FilterValues.oneOf("status", status, EventStatus.class),
                category == null ? null : category.strip().toLowerCase(Locale.ROOT),
                FilterValues.instant("from", from), FilterValues.instant("to", to), q,
                FilterValues.id("venueId", venueId));
    }

    Condition condition() {
        Condition condition = DSL.and(
                FilterValues.equal(EVENT.STATUS, status == null ? null : status.name()),
                FilterValues.equal(EVENT.CATEGORY, category),
                FilterValues.equal(EVENT.VENUE_ID, venueId),
                FilterValues.contains(EVENT.TITLE, q));
        if (from != null || to != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(PERFORMANCE).where(
                    PERFORMANCE.EVENT_ID.eq(EVENT.EVENT_ID),
                    PERFORMANCE.STATUS.ne(PerformanceStatus.CANCELLED.name()),
                    FilterValues.within(PERFORMANCE.STARTS_AT, from, to))));
        }
        return condition;
    }
}
