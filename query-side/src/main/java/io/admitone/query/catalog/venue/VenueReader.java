package io.admitone.query.catalog.venue;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

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

    /** The orders venue lists may be read in, the first the default. */
    static final Sorting<VenueSummary> SORTS = Sorting.of(VENUE.VENUE_ID, VenueSummary::id,
            new SortKey<>("name", VENUE.NAME, VenueSummary::name),
            new SortKey<>("createdAt", VENUE.CREATED_AT, v -> v.createdAt().toString()),
            new SortKey<>("capacity", VENUE.CAPACITY, v -> Integer.toString(v.capacity())));

    /** A page of venues, of one city (ignoring case) and with a name containing {@code q} when given. */
    Mono<CursorPage<VenueSummary>> list(TenantId tenant, String city, String q, ListQuery<VenueSummary> list) {
        Condition inCity = city == null ? DSL.noCondition() : DSL.lower(VENUE.CITY).eq(DSL.lower(DSL.val(city)));
        return queries.read(tenant, db -> db
                .select(VENUE.VENUE_ID, VENUE.NAME, VENUE.TIME_ZONE, VENUE.CITY, VENUE.ADDRESS, VENUE.SEAT_COUNT,
                        VENUE.CAPACITY, VENUE.CREATED_AT, VENUE.UPDATED_AT)
                .from(VENUE)
                .where(VENUE.TENANT_ID.eq(tenant.value()), inCity, FilterValues.contains(VENUE.NAME, q), list.after())
                .orderBy(list.orderBy())
                .limit(list.fetchSize())
                .fetch(Records.mapping(VenueSummary::new))).map(list::page);
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
