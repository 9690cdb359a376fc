package io.admitone.projections.catalog.venue;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

import static io.admitone.schema.jooq.Tables.VENUE;
import static io.admitone.schema.jooq.Tables.VENUE_SEAT;
import static io.admitone.schema.jooq.Tables.VENUE_SECTION;

/**
 * Venues, their sections and their seats. A venue's sections and seats are written in the transaction that
 * writes its row and the tracking token, so a venue row that is already there means the whole seat map is.
 */
@Component
@ProcessingGroup(VenueProjection.NAME)
class VenueProjection {

    static final String NAME = "venues";

    private final DSLContext db;
    private final SeatRows seats;

    VenueProjection(DSLContext db) {
        this.db = db;
        this.seats = new SeatRows(db);
    }

    @EventHandler
    void on(VenueCreated event, TrackingToken token) {
        int inserted = db.insertInto(VENUE)
                .set(VENUE.VENUE_ID, event.venueId().value())
                .set(VENUE.TENANT_ID, event.tenantId().value())
                .set(VENUE.NAME, event.name())
                .set(VENUE.TIME_ZONE, event.timeZone())
                .set(VENUE.CITY, event.city())
                .set(VENUE.ADDRESS, event.address())
                .set(VENUE.SEAT_COUNT, event.seatCount())
                .set(VENUE.CAPACITY, event.capacity())
                .set(VENUE.CREATED_AT, event.createdAt())
                .set(VENUE.UPDATED_AT, event.createdAt())
                .set(VENUE.POSITION, position(token))
                .onConflict(VENUE.VENUE_ID).doNothing()
                .execute();
        if (inserted == 1) {
            insertSections(event);
            seats.insert(event);
        }
    }

    /** Only a row older than the event changes, so a redelivery never undoes a later change. */
    @EventHandler
    void on(VenueDetailsChanged event, TrackingToken token) {
        long position = position(token);
        db.update(VENUE)
                .set(VENUE.NAME, event.name())
                .set(VENUE.TIME_ZONE, event.timeZone())
                .set(VENUE.CITY, event.city())
                .set(VENUE.ADDRESS, event.address())
                .set(VENUE.UPDATED_AT, event.changedAt())
                .set(VENUE.POSITION, position)
                .where(VENUE.VENUE_ID.eq(event.venueId().value()).and(VENUE.POSITION.lt(position)))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(VENUE_SEAT).execute();
        db.truncate(VENUE_SECTION).execute();
        db.truncate(VENUE).execute();
    }

    private void insertSections(VenueCreated event) {
        var insert = db.insertInto(VENUE_SECTION, VENUE_SECTION.VENUE_ID, VENUE_SECTION.TENANT_ID, VENUE_SECTION.NAME,
                VENUE_SECTION.KIND, VENUE_SECTION.PRICE_ZONE, VENUE_SECTION.PRICE_ZONES, VENUE_SECTION.ROW_COUNT,
                VENUE_SECTION.SEAT_COUNT, VENUE_SECTION.CAPACITY, VENUE_SECTION.ORDINAL);
        int ordinal = 0;
        for (SectionLayout section : event.sections()) {
            insert = insert.values(event.venueId().value(), event.tenantId().value(), section.name(),
                    section.kind().name(), section.priceZone(), priceZones(section), section.rows().size(),
                    section.seatCount(), section.places(), ++ordinal);
        }
        insert.onConflictDoNothing().execute();
    }

    /** The zones the section's seats are sold in, sorted; none for a standing section. */
    private static String[] priceZones(SectionLayout section) {
        List<String> zones = section.rows().stream().map(RowLayout::priceZone)
                .map(zone -> Objects.requireNonNullElse(zone, section.priceZone())).distinct().sorted().toList();
        return zones.toArray(String[]::new);
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
