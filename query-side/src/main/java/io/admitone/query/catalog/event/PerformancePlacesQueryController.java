package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.catalog.venue.SeatMapView;
import io.admitone.query.catalog.venue.VenueReader;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * A performance's places as buyers and staff see them: availability and the seat map with each seat's status.
 * The public sees them for performances of published events only, like the performance itself.
 */
@RestController
class PerformancePlacesQueryController {

    private final TenantScopedQueries queries;
    private final VenueReader venues;

    PerformancePlacesQueryController(TenantScopedQueries queries, VenueReader venues) {
        this.queries = queries;
        this.venues = venues;
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/availability")
    Mono<AvailabilityView> availability(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        @PathVariable UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.performance(db, tenant, audience, performanceId)
                        .map(performance -> AvailabilityView.of(performance,
                                EventQueries.sections(db, tenant, performanceId),
                                EventQueries.ticketTypes(db, audience, performance.eventId())))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> notFound(performanceId)));
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/seats")
    Mono<SeatMapView> seats(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                            @PathVariable UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.performance(db, tenant, audience, performanceId).orElse(null))
                .switchIfEmpty(Mono.error(() -> notFound(performanceId)))
                .flatMap(performance -> venues.seatMap(tenant, performance.venueId(), performanceId));
    }

    private static ResponseStatusException notFound(UUID performanceId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No performance " + performanceId);
    }
}
