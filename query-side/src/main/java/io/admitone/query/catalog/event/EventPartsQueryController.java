package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.admitone.query.catalog.event.EventsQueryController.noEvent;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;

/**
 * An event's performances and ticket types, and a performance on its own: what a buyer's page about a date needs.
 * An event the caller may not see has no parts either.
 */
@RestController
class EventPartsQueryController {

    private final TenantScopedQueries queries;

    EventPartsQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/events/{eventId}/performances")
    Mono<CursorPage<PerformanceView>> performances(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                                   @PathVariable UUID eventId, ListParameters page,
                                                   @RequestParam(required = false) String status,
                                                   @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        PerformanceStatus inStatus = FilterValues.oneOf("status", status, PerformanceStatus.class);
        Condition filter = FilterValues.equal(PERFORMANCE.STATUS, inStatus == null ? null : inStatus.name())
                .and(FilterValues.within(PERFORMANCE.STARTS_AT, FilterValues.instant("from", from),
                        FilterValues.instant("to", to)));
        ListQuery<PerformanceView> list = page.against(EventSorts.PERFORMANCES);
        return queries.read(tenant, db -> EventQueries.event(db, tenant, audience, eventId)
                        .map(event -> EventQueries.performances(db, eventId, filter, list))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> noEvent(eventId)))
                .map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/events/{eventId}/ticket-types")
    Mono<CursorPage<TicketTypeView>> ticketTypes(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                                 @PathVariable UUID eventId, ListParameters page) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        ListQuery<TicketTypeView> list = page.against(EventSorts.TICKET_TYPES);
        return queries.read(tenant, db -> EventQueries.event(db, tenant, audience, eventId)
                        .map(event -> EventQueries.ticketTypes(db, audience, eventId, list))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> noEvent(eventId)))
                .map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/events/{eventId}/ticket-types/{ticketTypeId}")
    Mono<TicketTypeView> ticketType(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                    @PathVariable UUID eventId, @PathVariable UUID ticketTypeId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.event(db, tenant, audience, eventId)
                        .flatMap(event -> EventQueries.ticketType(db, audience, eventId, ticketTypeId))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> notFound("No ticket type " + ticketTypeId)));
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}")
    Mono<EventPerformanceView> performance(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                           @PathVariable UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.performance(db, tenant, audience, performanceId).orElse(null))
                .switchIfEmpty(Mono.error(() -> notFound("No performance " + performanceId)));
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
