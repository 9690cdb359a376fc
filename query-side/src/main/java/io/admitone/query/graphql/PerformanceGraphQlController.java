package io.admitone.query.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.catalog.event.AvailabilityView;
import io.admitone.query.catalog.event.CatalogReader;
import io.admitone.query.catalog.event.PerformanceView;
import io.admitone.query.catalog.venue.SeatMapView;
import io.admitone.query.catalog.venue.VenueReader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A performance, its availability (in batches where many performances are read) and its seat map. What belongs to
 * an event the caller may not see is null, as an unknown id is.
 */
@Controller
class PerformanceGraphQlController {

    private final CatalogReader catalog;
    private final VenueReader venues;

    PerformanceGraphQlController(CatalogReader catalog, VenueReader venues) {
        this.catalog = catalog;
        this.venues = venues;
    }

    @QueryMapping
    Mono<DataFetcherResult<PerformanceView>> performance(@AuthenticationPrincipal @Nullable Caller caller,
                                                         @Argument UUID orgId, @Argument UUID id) {
        ReadScope scope = new ReadScope(caller, new TenantId(orgId));
        return catalog.performance(caller, scope.tenant(), id)
                .map(found -> scope.handDown(new PerformanceView(found.id(), found.eventId(), found.venueId(),
                        found.startsAt(), found.endsAt(), found.doorsAt(), found.onSaleFrom(), found.onSaleUntil(),
                        found.status())));
    }

    @QueryMapping
    Mono<AvailabilityView> availability(@AuthenticationPrincipal @Nullable Caller caller, @Argument UUID orgId,
                                        @Argument UUID performanceId) {
        return catalog.availabilityOf(caller, new TenantId(orgId), List.of(performanceId))
                .mapNotNull(found -> found.get(performanceId));
    }

    @QueryMapping
    Mono<SeatMapView> seatMap(@AuthenticationPrincipal @Nullable Caller caller, @Argument UUID orgId,
                              @Argument UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        return catalog.performance(caller, tenant, performanceId)
                .flatMap(performance -> venues.seatMap(tenant, performance.venueId(), performanceId));
    }

    @SchemaMapping(typeName = "Performance")
    CompletableFuture<AvailabilityView> availability(PerformanceView performance,
                                                     DataFetchingEnvironment environment) {
        return environment.<Scoped, AvailabilityView>getDataLoader(CatalogBatchLoaders.AVAILABILITY)
                .load(new Scoped(ReadScope.of(environment), performance.id()));
    }
}
