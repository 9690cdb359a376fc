package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** Events for buyers (published ones) and for the organisation's staff (all); no credentials needed. */
@RestController
class EventsQueryController {

    private final TenantScopedQueries queries;

    EventsQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** Filters and sorts as in docs/api.md, "Reading events". */
    @GetMapping("/api/v1/orgs/{orgId}/events")
    Mono<CursorPage<EventSummary>> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          ListParameters page,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(required = false) String venueId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        EventFilter filter = EventFilter.parse(status, category, from, to, q, venueId);
        ListQuery<EventSummary> list = page.against(EventSorts.EVENTS);
        return queries.read(tenant, db -> EventQueries.events(db, tenant, audience, filter, list)).map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/events/{eventId}")
    Mono<EventView> event(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID eventId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.event(db, tenant, audience, eventId)
                        .map(event -> EventView.of(event, EventQueries.performances(db, eventId),
                                EventQueries.ticketTypes(db, audience, eventId)))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> noEvent(eventId)));
    }

    static ResponseStatusException noEvent(UUID eventId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId);
    }
}
