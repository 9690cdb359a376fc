package io.admitone.query.catalog.venue;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** Staff reads of venues: lists, details with sections, and seat maps; eventually consistent with the writes. */
@RestController
class VenuesQueryController {

    private final VenueReader venues;

    VenuesQueryController(VenueReader venues) {
        this.venues = venues;
    }

    @GetMapping("/api/v1/orgs/{orgId}/venues")
    Mono<CursorPage<VenueSummary>> venues(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          ListParameters page,
                                          @RequestParam(required = false) String city,
                                          @RequestParam(required = false) String q) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_READ);
        return venues.list(tenant, city, q, page.against(VenueReader.SORTS));
    }

    @GetMapping("/api/v1/orgs/{orgId}/venues/{venueId}")
    Mono<VenueView> venue(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID venueId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_READ);
        return venues.find(tenant, venueId).switchIfEmpty(Mono.error(() -> new VenueNotFound(venueId)));
    }

    @GetMapping("/api/v1/orgs/{orgId}/venues/{venueId}/seats")
    Mono<SeatMapView> seatMap(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID venueId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_READ);
        return venues.seatMap(tenant, venueId).switchIfEmpty(Mono.error(() -> new VenueNotFound(venueId)));
    }
}
