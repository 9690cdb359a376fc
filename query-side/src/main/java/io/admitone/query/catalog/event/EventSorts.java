package io.admitone.query.catalog.event;

import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;

/** The orders the catalog's lists may be read in; the first of each is its default. */
final class EventSorts {

    /** PostgreSQL compares infinity as later than any instant: events without a performance sort last. */
    private static final String NOT_YET = "infinity";
    static final Field<Instant> FIRST_START = DSL.coalesce(EVENT.FIRST_STARTS_AT,
            DSL.field("'" + NOT_YET + "'::timestamptz", EVENT.FIRST_STARTS_AT.getDataType()));

    static final Sorting<EventSummary> EVENTS = Sorting.of(EVENT.EVENT_ID, EventSummary::id,
            new SortKey<>("startsAt", FIRST_START,
                    e -> e.firstStartsAt() == null ? NOT_YET : e.firstStartsAt().toString()),
            new SortKey<>("title", EVENT.TITLE, EventSummary::title),
            new SortKey<>("createdAt", EVENT.CREATED_AT, e -> e.createdAt().toString()),
            new SortKey<>("updatedAt", EVENT.UPDATED_AT, e -> e.updatedAt().toString()));

    static final Sorting<PerformanceView> PERFORMANCES = Sorting.of(PERFORMANCE.PERFORMANCE_ID, PerformanceView::id,
            new SortKey<>("startsAt", PERFORMANCE.STARTS_AT, p -> p.startsAt().toString()));

    static final Sorting<TicketTypeView> TICKET_TYPES = Sorting.of(TICKET_TYPE.TICKET_TYPE_ID, TicketTypeView::id,
            new SortKey<>("price", TICKET_TYPE.PRICE_AMOUNT, t -> t.price().amount().toPlainString()),
            new SortKey<>("name", TICKET_TYPE.NAME, TicketTypeView::name));

    private EventSorts() {
    }
}
