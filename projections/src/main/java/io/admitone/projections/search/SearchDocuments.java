package io.admitone.projections.search;

import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.schema.jooq.tables.records.EventSearchRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT_SEARCH;

/** The search documents of published events, read from {@code read.event_search} as its owner (all tenants). */
@Component
public class SearchDocuments {

    private static final Condition PUBLISHED = EVENT_SEARCH.STATUS.eq(EventStatus.PUBLISHED.name());

    private final DSLContext db;

    SearchDocuments(DSLContext db) {
        this.db = db;
    }

    /** The event's document; empty when it is not published. */
    Optional<SearchDocument> of(UUID eventId) {
        return db.selectFrom(EVENT_SEARCH).where(EVENT_SEARCH.EVENT_ID.eq(eventId).and(PUBLISHED))
                .fetchOptional(SearchDocuments::document);
    }

    /** Every published event's document. */
    public List<SearchDocument> all() {
        return db.selectFrom(EVENT_SEARCH).where(PUBLISHED).orderBy(EVENT_SEARCH.EVENT_ID)
                .fetch(SearchDocuments::document);
    }

    private static SearchDocument document(EventSearchRecord row) {
        return new SearchDocument(row.getEventId(), row.getTenantId(), row.getTitle(), row.getDescription(),
                row.getCategory(), Arrays.asList(row.getTags()), row.getVenueName(), row.getCity(),
                row.getStartsAt(), row.getEndsAt(), row.getStartsMonth(), row.getFromPrice(), row.getCurrency(),
                row.getPriceBand(), row.getFreePlaces() > 0);
    }
}
