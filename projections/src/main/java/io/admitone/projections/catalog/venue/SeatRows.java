package io.admitone.projections.catalog.venue;

import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.function.Function;

import static io.admitone.schema.jooq.Tables.VENUE_SEAT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

/**
 * Writes a venue's seats, one row each in map order, with one statement: the seats' columns go to PostgreSQL as
 * arrays, which {@code unnest} turns back into rows. A 100,000-seat venue is one round trip with eight parameters
 * rather than 100,000 rows of bind values.
 */
final class SeatRows {

    private final DSLContext db;

    SeatRows(DSLContext db) {
        this.db = db;
    }

    void insert(VenueCreated event) {
        List<Seat> seats = event.sections().stream().flatMap(SectionLayout::seats).toList();
        Table<?> unnested = DSL.table("unnest({0}, {1}, {2}, {3}, {4}, {5}) with ordinality "
                        + "as seat(seat_key, section, row_label, seat_label, price_zone, flags, ordinal)",
                column(seats, Seat::key), column(seats, Seat::section), column(seats, Seat::row),
                column(seats, Seat::label), column(seats, Seat::priceZone), column(seats, SeatRows::flags));
        db.insertInto(VENUE_SEAT, VENUE_SEAT.VENUE_ID, VENUE_SEAT.TENANT_ID, VENUE_SEAT.SEAT_KEY, VENUE_SEAT.SECTION,
                        VENUE_SEAT.ROW_LABEL, VENUE_SEAT.SEAT_LABEL, VENUE_SEAT.PRICE_ZONE, VENUE_SEAT.FLAGS,
                        VENUE_SEAT.ORDINAL)
                .select(DSL.select(val(event.venueId().value()), val(event.tenantId().value()),
                        field("seat.seat_key", String.class), field("seat.section", String.class),
                        field("seat.row_label", String.class), field("seat.seat_label", String.class),
                        field("seat.price_zone", String.class),
                        field("string_to_array(seat.flags, ',')", String[].class),
                        field("seat.ordinal::integer", Integer.class)).from(unnested))
                .onConflictDoNothing()
                .execute();
    }

    private static Field<String[]> column(List<Seat> seats, Function<Seat, String> value) {
        return val(seats.stream().map(value).toArray(String[]::new));
    }

    /** A seat's flags joined by commas, the form {@code string_to_array} splits again; none is the empty string. */
    private static String flags(Seat seat) {
        return String.join(",", seat.flags().stream().map(SeatFlag::apiName).sorted().toList());
    }
}
