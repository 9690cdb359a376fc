package io.admitone.projections.search;

import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT_SEARCH;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PARTITION;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PERFORMANCE;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_TICKET_TYPE;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_VENUE;

/**
 * Writes {@code read.event_search} from the events' and venues' events; {@link EventSearchParts} handles their
 * performances, ticket types and places. Its processor has one segment, so that the events of an event, its
 * venue and its partitions are applied in the order they happened.
 */
@Component
@ProcessingGroup(EventSearchProjection.NAME)
class EventSearchProjection {

    static final String NAME = "event-search";

    private final DSLContext db;
    private final EventSearchRows rows;

    EventSearchProjection(DSLContext db, EventSearchRows rows) {
        this.db = db;
        this.rows = rows;
    }

    @EventHandler
    void on(VenueCreated event) {
        db.insertInto(EVENT_SEARCH_VENUE)
                .set(EVENT_SEARCH_VENUE.VENUE_ID, event.venueId().value())
                .set(EVENT_SEARCH_VENUE.TENANT_ID, event.tenantId().value())
                .set(EVENT_SEARCH_VENUE.NAME, event.name())
                .set(EVENT_SEARCH_VENUE.CITY, event.city())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(VenueDetailsChanged event, TrackingToken token) {
        UUID venueId = event.venueId().value();
        db.update(EVENT_SEARCH_VENUE)
                .set(EVENT_SEARCH_VENUE.NAME, event.name())
                .set(EVENT_SEARCH_VENUE.CITY, event.city())
                .where(EVENT_SEARCH_VENUE.VENUE_ID.eq(venueId))
                .execute();
        List<UUID> events = db.update(EVENT_SEARCH)
                .set(EVENT_SEARCH.VENUE_NAME, event.name())
                .set(EVENT_SEARCH.CITY, event.city())
                .where(EVENT_SEARCH.VENUE_ID.eq(venueId))
                .returning(EVENT_SEARCH.EVENT_ID)
                .fetch(EVENT_SEARCH.EVENT_ID);
        events.forEach(eventId -> rows.refresh(eventId, event.changedAt(), position(token)));
    }

    @EventHandler
    void on(EventCreated event, TrackingToken token) {
        var venue = db.selectFrom(EVENT_SEARCH_VENUE)
                .where(EVENT_SEARCH_VENUE.VENUE_ID.eq(event.venueId().value())).fetchOne();
        db.insertInto(EVENT_SEARCH)
                .set(EVENT_SEARCH.EVENT_ID, event.eventId().value())
                .set(EVENT_SEARCH.TENANT_ID, event.tenantId().value())
                .set(EVENT_SEARCH.VENUE_ID, event.venueId().value())
                .set(EVENT_SEARCH.TITLE, event.title())
                .set(EVENT_SEARCH.DESCRIPTION, event.description())
                .set(EVENT_SEARCH.CATEGORY, event.category())
                .set(EVENT_SEARCH.TAGS, event.tags().toArray(String[]::new))
                .set(EVENT_SEARCH.TAGS_TEXT, String.join(" ", event.tags()))
                .set(EVENT_SEARCH.VENUE_NAME, venue == null ? null : venue.getName())
                .set(EVENT_SEARCH.CITY, venue == null ? null : venue.getCity())
                .set(EVENT_SEARCH.STATUS, EventStatus.DRAFT.name())
                .set(EVENT_SEARCH.UPDATED_AT, event.createdAt())
                .set(EVENT_SEARCH.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(EventDetailsChanged event, TrackingToken token) {
        db.update(EVENT_SEARCH)
                .set(EVENT_SEARCH.TITLE, event.title())
                .set(EVENT_SEARCH.DESCRIPTION, event.description())
                .set(EVENT_SEARCH.CATEGORY, event.category())
                .set(EVENT_SEARCH.TAGS, event.tags().toArray(String[]::new))
                .set(EVENT_SEARCH.TAGS_TEXT, String.join(" ", event.tags()))
                .where(EVENT_SEARCH.EVENT_ID.eq(event.eventId().value()))
                .execute();
        rows.refresh(event.eventId().value(), event.changedAt(), position(token));
    }

    @EventHandler
    void on(EventPublished event, TrackingToken token) {
        changeStatus(event, EventStatus.PUBLISHED, event.publishedAt(), token);
    }

    @EventHandler
    void on(EventCancelled event, TrackingToken token) {
        changeStatus(event, EventStatus.CANCELLED, event.cancelledAt(), token);
    }

    @ResetHandler
    void reset() {
        db.truncate(EVENT_SEARCH, EVENT_SEARCH_VENUE, EVENT_SEARCH_PERFORMANCE, EVENT_SEARCH_TICKET_TYPE,
                EVENT_SEARCH_PARTITION).execute();
        rows.clearSinks();
    }

    private void changeStatus(EventEvent event, EventStatus status, Instant at, TrackingToken token) {
        db.update(EVENT_SEARCH).set(EVENT_SEARCH.STATUS, status.name())
                .where(EVENT_SEARCH.EVENT_ID.eq(event.eventId().value()))
                .execute();
        rows.refresh(event.eventId().value(), at, position(token));
    }

    static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
