package io.admitone.query.catalog.venue;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.admitone.schema.jooq.Tables.SEAT_STATUS;
import static io.admitone.schema.jooq.Tables.VENUE;
import static io.admitone.schema.jooq.Tables.VENUE_SEAT;
import static io.admitone.schema.jooq.Tables.VENUE_SECTION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Venues of one organisation, always through the tenant-scoped path and always filtered by tenant as well. */
@Component
public class VenueReader {

    /** Rows fetched per round trip while the seat map streams from its cursor. */
    private static final int SEAT_MAP_FETCH_SIZE = 5_000;

    private final TenantScopedQueries queries;

    VenueReader(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** Up to {@code limit} venues after {@code cursor} in id order, of one city when {@code city} is given. */
    Mono<List<VenueSummary>> list(TenantId tenant, UUID cursor, String city, int limit) {
        Condition after = cursor == null ? DSL.noCondition() : VENUE.VENUE_ID.gt(cursor);
        Condition inCity = city == null ? DSL.noCondition() : DSL.lower(VENUE.CITY).eq(DSL.lower(DSL.val(city)));
        return queries.read(tenant, db -> db
                .select(VENUE.VENUE_ID, VENUE.NAME, VENUE.TIME_ZONE, VENUE.CITY, VENUE.ADDRESS, VENUE.SEAT_COUNT,
                        VENUE.CAPACITY, VENUE.CREATED_AT, VENUE.UPDATED_AT)
                .from(VENUE)
                .where(VENUE.TENANT_ID.eq(tenant.value()), after, inCity)
                .orderBy(VENUE.VENUE_ID)
                .limit(limit)
                .fetch(Records.mapping(VenueSummary::new)));
    }

    /** The venue with its sections, in one query; empty if there is no such venue in the tenant. */
    Mono<VenueView> find(TenantId tenant, UUID venueId) {
        return queries.read(tenant, db -> db
                .select(VENUE.VENUE_ID, VENUE.NAME, VENUE.TIME_ZONE, VENUE.CITY, VENUE.ADDRESS, VENUE.SEAT_COUNT,
                        VENUE.CAPACITY, VENUE.CREATED_AT, VENUE.UPDATED_AT, multiset(
                                select(VENUE_SECTION.NAME, VENUE_SECTION.KIND, VENUE_SECTION.PRICE_ZONE,
                                        VENUE_SECTION.PRICE_ZONES, VENUE_SECTION.ROW_COUNT, VENUE_SECTION.SEAT_COUNT,
                                        VENUE_SECTION.CAPACITY)
                                        .from(VENUE_SECTION)
                                        .where(VENUE_SECTION.VENUE_ID.eq(VENUE.VENUE_ID))
                                        .orderBy(VENUE_SECTION.ORDINAL))
                                .convertFrom(sections -> sections.map(Records.mapping(VenueView.Section::of))))
                .from(VENUE)
                .where(VENUE.TENANT_ID.eq(tenant.value()), VENUE.VENUE_ID.eq(venueId))
                .fetchOptional(Records.mapping(VenueView::new))
                .orElse(null));
    }

    /**
     * The seat map from one query over sections and their seats in map order, folded while it streams from a
     * cursor; empty if there is no such venue in the tenant.
     */
    Mono<SeatMapView> seatMap(TenantId tenant, UUID venueId) {
        return seatMap(tenant, venueId, DSL.inline(null, String.class), DSL.falseCondition());
    }

    /** A performance's seat map: its venue's, with the status of each seat in that performance. */
    public Mono<SeatMapView> seatMap(TenantId tenant, UUID venueId, UUID performanceId) {
        return seatMap(tenant, venueId, SEAT_STATUS.STATUS,
                SEAT_STATUS.PERFORMANCE_ID.eq(performanceId).and(SEAT_STATUS.SEAT_KEY.eq(VENUE_SEAT.SEAT_KEY)));
    }

    private Mono<SeatMapView> seatMap(TenantId tenant, UUID venueId, Field<String> status, Condition statusOfSeat) {
        return queries.read(tenant, db -> {
            SeatMapBuilder map = new SeatMapBuilder();
            try (Stream<SeatMapBuilder.Line> lines = db
                    .select(VENUE_SECTION.NAME, VENUE_SECTION.KIND, VENUE_SECTION.CAPACITY, VENUE_SEAT.ROW_LABEL,
                            VENUE_SEAT.SEAT_KEY, VENUE_SEAT.SEAT_LABEL, VENUE_SEAT.PRICE_ZONE, VENUE_SEAT.FLAGS, status)
                    .from(VENUE_SECTION)
                    .leftJoin(VENUE_SEAT).on(VENUE_SEAT.VENUE_ID.eq(VENUE_SECTION.VENUE_ID),
                            VENUE_SEAT.SECTION.eq(VENUE_SECTION.NAME))
                    .leftJoin(SEAT_STATUS).on(statusOfSeat)
                    .where(VENUE_SECTION.TENANT_ID.eq(tenant.value()), VENUE_SECTION.VENUE_ID.eq(venueId))
                    .orderBy(VENUE_SECTION.ORDINAL, VENUE_SEAT.ORDINAL)
                    .fetchSize(SEAT_MAP_FETCH_SIZE)
                    .fetchStream()
                    .map(Records.mapping(SeatMapBuilder.Line::new))) {
                lines.forEach(map::add);
            }
            return map.isEmpty() ? null : map.build(venueId);
        });
    }
}
