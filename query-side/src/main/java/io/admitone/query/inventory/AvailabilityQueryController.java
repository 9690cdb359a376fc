package io.admitone.query.inventory;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Records;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.PARTITION_AVAILABILITY;
import static io.admitone.schema.jooq.Tables.SEAT_STATUS;
import static org.jooq.impl.DSL.sum;

@RestController
class AvailabilityQueryController {

    private final TenantScopedQueries queries;

    AvailabilityQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/availability")
    Mono<AvailabilityView> availability(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        @PathVariable UUID performanceId) {
        TenantId tenant = visibleTo(caller, orgId);
        return queries.read(tenant, db -> db
                        .select(PARTITION_AVAILABILITY.SECTION, PARTITION_AVAILABILITY.KIND,
                                PARTITION_AVAILABILITY.PRICE_ZONE, sum(PARTITION_AVAILABILITY.CAPACITY).cast(Integer.class),
                                sum(PARTITION_AVAILABILITY.HELD).cast(Integer.class),
                                sum(PARTITION_AVAILABILITY.SOLD).cast(Integer.class))
                        .from(PARTITION_AVAILABILITY)
                        .where(PARTITION_AVAILABILITY.TENANT_ID.eq(orgId)
                                .and(PARTITION_AVAILABILITY.PERFORMANCE_ID.eq(performanceId)))
                        .groupBy(PARTITION_AVAILABILITY.SECTION, PARTITION_AVAILABILITY.KIND,
                                PARTITION_AVAILABILITY.PRICE_ZONE)
                        .orderBy(PARTITION_AVAILABILITY.SECTION, PARTITION_AVAILABILITY.PRICE_ZONE)
                        .fetch(Records.mapping(AvailabilityView.SectionAvailability::of)))
                .flatMap(sections -> found(sections, performanceId))
                .map(sections -> AvailabilityView.of(performanceId, sections));
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/seats")
    Mono<SeatMapView> seats(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                            @PathVariable UUID performanceId) {
        TenantId tenant = visibleTo(caller, orgId);
        return queries.read(tenant, db -> db
                        .select(SEAT_STATUS.SECTION, SEAT_STATUS.ROW_LABEL, SEAT_STATUS.SEAT_KEY, SEAT_STATUS.SEAT_LABEL,
                                SEAT_STATUS.PRICE_ZONE, SEAT_STATUS.FLAGS, SEAT_STATUS.STATUS)
                        .from(SEAT_STATUS)
                        .where(SEAT_STATUS.TENANT_ID.eq(orgId).and(SEAT_STATUS.PERFORMANCE_ID.eq(performanceId)))
                        .orderBy(SEAT_STATUS.SECTION, SEAT_STATUS.ORDINAL)
                        .fetch(Records.mapping(SeatMapView.Placed::of)))
                .map(seats -> SeatMapView.of(performanceId, seats));
    }

    private static TenantId visibleTo(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        if (caller != null) {
            caller.require(tenant, Operation.CATALOG_READ);
        }
        return tenant;
    }

    private static <T> Mono<List<T>> found(List<T> rows, UUID performanceId) {
        return rows.isEmpty()
                ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No performance " + performanceId))
                : Mono.just(rows);
    }
}
