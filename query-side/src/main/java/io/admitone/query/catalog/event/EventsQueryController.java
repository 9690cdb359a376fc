package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.tenancy.TenantScopedQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Events for buyers (published ones) and for the organisation's staff (all); no credentials needed. */
@RestController
class EventsQueryController {

    /** Performances and ticket types of one event, all of them, in the event view. */
    private static final int ALL = Integer.MAX_VALUE;

    private final TenantScopedQueries queries;

    EventsQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/events")
    Mono<CursorPage<EventSummary>> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          @RequestParam(required = false) EventStatus status,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) Instant from,
                                          @RequestParam(required = false) Instant to,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                          @RequestParam(required = false) UUID cursor) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        EventFilter filter = new EventFilter(status, category == null ? null : category.toLowerCase(Locale.ROOT),
                from, to);
        return queries.read(tenant, db -> EventQueries.events(db, tenant, audience, filter, cursor, limit + 1))
                .map(rows -> CursorPage.of(rows, limit, EventSummary::id));
    }

    @GetMapping("/api/v1/orgs/{orgId}/events/{eventId}")
    Mono<EventView> event(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID eventId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.event(db, tenant, audience, eventId)
                        .map(event -> EventView.of(event, EventQueries.performances(db, eventId, null, ALL),
                                EventQueries.ticketTypes(db, audience, eventId, null, ALL)))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> noEvent(eventId)));
    }

    static ResponseStatusException noEvent(UUID eventId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId);
    }
}
