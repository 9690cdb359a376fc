package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;

/**
 * The filters of an event list, each optional: its status, its category, and a range [from, to) in which one of
 * its performances that are not cancelled starts.
 */
record EventFilter(EventStatus status, String category, Instant from, Instant to) {

    Condition condition() {
        Condition condition = DSL.noCondition();
        if (status != null) {
            condition = condition.and(EVENT.STATUS.eq(status.name()));
        }
        if (category != null) {
            condition = condition.and(EVENT.CATEGORY.eq(category));
        }
        if (from != null || to != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(PERFORMANCE).where(
                    PERFORMANCE.EVENT_ID.eq(EVENT.EVENT_ID),
                    PERFORMANCE.STATUS.ne(PerformanceStatus.CANCELLED.name()),
                    from == null ? DSL.noCondition() : PERFORMANCE.STARTS_AT.ge(from),
                    to == null ? DSL.noCondition() : PERFORMANCE.STARTS_AT.lt(to))));
        }
        return condition;
    }
}
