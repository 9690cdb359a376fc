package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The catalog for readers outside this package (GraphQL): what the REST handlers read, under the same rules — the
 * public sees published events and visible ticket types only — and, for the parts of many events or performances,
 * in one query per part rather than one per event or performance.
 */
@Component
public class CatalogReader {

    private final TenantScopedQueries queries;

    CatalogReader(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** A page of events, filtered, sorted and paged like the REST list. */
    public Mono<CursorPage<EventSummary>> events(Caller caller, TenantId tenant, EventStatus status, String category,
                                                 String from, String to, ListParameters page) {
        Audience audience = Audience.of(caller, tenant);
        EventFilter filter = EventFilter.parse(status == null ? null : status.name(), category, from, to, null, null);
        ListQuery<EventSummary> list = page.against(EventSorts.EVENTS);
        return queries.read(tenant, db -> EventQueries.events(db, tenant, audience, filter, list)).map(list::page);
    }

    /** The event, or empty if there is none the caller may see. */
    public Mono<EventSummary> event(Caller caller, TenantId tenant, UUID eventId) {
        return queries.read(tenant, db -> EventQueries.event(db, tenant, Audience.of(caller, tenant), eventId)
                .orElse(null));
    }

    /** The performance, or empty if it belongs to no event the caller may see. */
    public Mono<EventPerformanceView> performance(Caller caller, TenantId tenant, UUID performanceId) {
        return queries.read(tenant, db -> EventQueries.performance(db, tenant, Audience.of(caller, tenant),
                performanceId).orElse(null));
    }

    /** The performances of events the caller was shown, by event. */
    public Mono<Map<UUID, List<PerformanceView>>> performancesOf(TenantId tenant, Collection<UUID> eventIds) {
        return queries.read(tenant, db -> EventQueries.performancesOf(db, eventIds));
    }

    /** The ticket types the caller may see of events it was shown, by event. */
    public Mono<Map<UUID, List<TicketTypeView>>> ticketTypesOf(Caller caller, TenantId tenant,
                                                               Collection<UUID> eventIds) {
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.ticketTypesOf(db, audience, eventIds));
    }

    /**
     * The availability of those of the performances the caller may see, by performance, from one snapshot: the
     * performances, their sections and their events' ticket types in three queries.
     */
    public Mono<Map<UUID, AvailabilityView>> availabilityOf(Caller caller, TenantId tenant,
                                                            Collection<UUID> performanceIds) {
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> {
            List<EventPerformanceView> performances = EventQueries.performances(db, tenant, audience, performanceIds);
            if (performances.isEmpty()) {
                return Map.of();
            }
            Map<UUID, List<AvailabilityView.SectionAvailability>> sections = EventQueries.sectionsOf(db, tenant,
                    performances.stream().map(EventPerformanceView::id).toList());
            Map<UUID, List<TicketTypeView>> ticketTypes = EventQueries.ticketTypesOf(db, audience,
                    performances.stream().map(EventPerformanceView::eventId).distinct().toList());
            return performances.stream().collect(Collectors.toMap(EventPerformanceView::id,
                    performance -> AvailabilityView.of(performance, sections.getOrDefault(performance.id(), List.of()),
                            ticketTypes.getOrDefault(performance.eventId(), List.of()))));
        });
    }
}
