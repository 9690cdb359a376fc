package io.admitone.command.catalog.event;

import io.admitone.command.catalog.event.TicketTypeRules.SalesSpan;
import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.kernel.catalog.event.AddTicketTypeCommand;
import io.admitone.kernel.catalog.event.CancelEventCommand;
import io.admitone.kernel.catalog.event.CancelPerformanceCommand;
import io.admitone.kernel.catalog.event.ChangeEventDetailsCommand;
import io.admitone.kernel.catalog.event.ChangeTicketTypeCommand;
import io.admitone.kernel.catalog.event.CreateEventCommand;
import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.PostponePerformanceCommand;
import io.admitone.kernel.catalog.event.PublishEventCommand;
import io.admitone.kernel.catalog.event.ReschedulePerformanceCommand;
import io.admitone.kernel.catalog.event.SchedulePerformanceCommand;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An event with its performances and ticket types, which change rarely and together. It is longer than most
 * classes because it is the one consistency boundary of all three; the rules themselves live in
 * {@link EventDetails}, {@link PerformanceRules} and {@link TicketTypeRules}. The venue's seat map is asked of
 * {@link VenueLayouts} when a ticket type names places, since a seat map never changes after the venue's creation.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Event {

    static final int MAX_REASON_LENGTH = 500;

    @AggregateIdentifier
    private EventId eventId;
    private TenantId tenantId;
    private VenueId venueId;
    private EventStatus status;
    private EventDetails details;
    private Map<PerformanceId, Performance> performances = new LinkedHashMap<>();
    private Map<TicketTypeId, TicketTypeTerms> ticketTypes = new LinkedHashMap<>();

    Event() {
    }

    @CommandHandler
    Event(CreateEventCommand command, VenueLayouts venues, Clock clock) {
        EventDetails initial = EventDetails.validated(command.title(), command.description(), command.category(),
                command.tags(), command.imageUrl());
        venues.of(command.tenantId(), command.venueId());
        apply(new EventCreated(command.eventId(), command.tenantId(), command.venueId(), initial.title(),
                initial.description(), initial.category(), initial.tags(), initial.imageUrl(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeEventDetailsCommand command, Clock clock) {
        requireChangeable(command.tenantId());
        EventDetails changed = EventDetails.validated(command.title(), command.description(), command.category(),
                command.tags(), command.imageUrl());
        if (!changed.equals(details)) {
            apply(new EventDetailsChanged(eventId, tenantId, changed.title(), changed.description(),
                    changed.category(), changed.tags(), changed.imageUrl(), clock.instant()));
        }
    }

    /** Publishing a published event changes nothing, so that a repeated request does not fail. */
    @CommandHandler
    void handle(PublishEventCommand command, Clock clock) {
        requireChangeable(command.tenantId());
        if (status == EventStatus.PUBLISHED) {
            return;
        }
        if (performances.values().stream().noneMatch(p -> p.status() == PerformanceStatus.SCHEDULED)) {
            throw new EventNotReadyToPublish(eventId, "a scheduled performance");
        }
        if (ticketTypes.isEmpty()) {
            throw new EventNotReadyToPublish(eventId, "a ticket type");
        }
        apply(new EventPublished(eventId, tenantId, clock.instant()));
    }

    /** A draft may be cancelled too (it will not happen); cancelling again changes nothing. */
    @CommandHandler
    void handle(CancelEventCommand command, Clock clock) {
        requireOwnedBy(command.tenantId());
        String reason = reason(command.reason());
        if (status != EventStatus.CANCELLED) {
            apply(new EventCancelled(eventId, tenantId, reason, clock.instant()));
        }
    }

    @CommandHandler
    void handle(SchedulePerformanceCommand command, Clock clock) {
        requireChangeable(command.tenantId());
        PerformanceTimes times = PerformanceRules.validated(command.times());
        Performance existing = performances.get(command.performanceId());
        if (existing == null) {
            apply(new PerformanceScheduled(eventId, tenantId, command.performanceId(), venueId, times,
                    clock.instant()));
        } else if (!existing.times().equals(times)) {
            throw new PerformanceAlreadyScheduled(command.performanceId());
        }
    }

    /** New times for a scheduled or postponed performance, which is scheduled again. */
    @CommandHandler
    void handle(ReschedulePerformanceCommand command, Clock clock) {
        Performance performance = livePerformance(command.tenantId(), command.performanceId());
        PerformanceTimes times = PerformanceRules.validated(command.times());
        if (performance.status() != PerformanceStatus.SCHEDULED || !performance.times().equals(times)) {
            apply(new PerformanceRescheduled(eventId, tenantId, command.performanceId(), times, clock.instant()));
        }
    }

    @CommandHandler
    void handle(PostponePerformanceCommand command, Clock clock) {
        Performance performance = livePerformance(command.tenantId(), command.performanceId());
        if (performance.status() != PerformanceStatus.POSTPONED) {
            apply(new PerformancePostponed(eventId, tenantId, command.performanceId(), clock.instant()));
        }
    }

    /** Cancelling a cancelled performance changes nothing. */
    @CommandHandler
    void handle(CancelPerformanceCommand command, Clock clock) {
        requireChangeable(command.tenantId());
        Performance performance = performance(command.performanceId());
        String reason = reason(command.reason());
        if (performance.status() != PerformanceStatus.CANCELLED) {
            apply(new PerformanceCancelled(eventId, tenantId, command.performanceId(), reason, clock.instant()));
        }
    }

    @CommandHandler
    void handle(AddTicketTypeCommand command, VenueLayouts venues, Clock clock) {
        requireChangeable(command.tenantId());
        TicketTypeTerms terms = validated(command.ticketTypeId(), command.terms(), venues);
        TicketTypeTerms existing = ticketTypes.get(command.ticketTypeId());
        if (existing == null) {
            apply(new TicketTypeAdded(eventId, tenantId, command.ticketTypeId(), terms, clock.instant()));
        } else if (!existing.equals(terms)) {
            throw new TicketTypeAlreadyAdded(command.ticketTypeId());
        }
    }

    /** Replaces the terms as a whole; once the event is published, what the ticket type sells stays. */
    @CommandHandler
    void handle(ChangeTicketTypeCommand command, VenueLayouts venues, Clock clock) {
        requireChangeable(command.tenantId());
        TicketTypeTerms current = ticketTypes.get(command.ticketTypeId());
        if (current == null) {
            throw new TicketTypeNotFound(eventId, command.ticketTypeId());
        }
        TicketTypeTerms terms = validated(command.ticketTypeId(), command.terms(), venues);
        if (status != EventStatus.DRAFT && !samePlaces(current, terms)) {
            throw new TicketTypePlacesFixed(command.ticketTypeId());
        }
        if (!current.equals(terms)) {
            apply(new TicketTypeChanged(eventId, tenantId, command.ticketTypeId(), terms, clock.instant()));
        }
    }

    /** What the on-sale reads of this event for one of its performances. */
    OnSale onSale(TenantId tenant, PerformanceId performanceId) {
        requireOwnedBy(tenant);
        Performance performance = performance(performanceId);
        return new OnSale(eventId, venueId, status, performance.status(), performance.times(), ticketTypes);
    }

    private TicketTypeTerms validated(TicketTypeId ticketTypeId, TicketTypeTerms terms, VenueLayouts venues) {
        Optional<String> currency = ticketTypes.entrySet().stream()
                .filter(other -> !other.getKey().equals(ticketTypeId))
                .map(other -> other.getValue().price().currency())
                .findFirst();
        return TicketTypeRules.validated(terms, venues.of(tenantId, venueId), currency, salesSpan());
    }

    private Optional<SalesSpan> salesSpan() {
        var live = performances.values().stream().filter(p -> p.status() != PerformanceStatus.CANCELLED)
                .map(Performance::times).toList();
        return live.stream().map(PerformanceTimes::onSaleFrom).min(Comparator.naturalOrder())
                .map(from -> new SalesSpan(from, live.stream().map(PerformanceTimes::onSaleUntil)
                        .max(Comparator.naturalOrder()).orElseThrow()));
    }

    private static boolean samePlaces(TicketTypeTerms current, TicketTypeTerms changed) {
        return Objects.equals(current.section(), changed.section())
                && Objects.equals(current.priceZone(), changed.priceZone());
    }

    private void requireOwnedBy(TenantId tenant) {
        if (!tenant.equals(tenantId)) {
            throw new EventNotFound(eventId);
        }
    }

    private void requireChangeable(TenantId tenant) {
        requireOwnedBy(tenant);
        if (status == EventStatus.CANCELLED) {
            throw new EventIsCancelled(eventId);
        }
    }

    private Performance performance(PerformanceId performanceId) {
        Performance performance = performances.get(performanceId);
        if (performance == null) {
            throw new PerformanceNotFound(eventId, performanceId);
        }
        return performance;
    }

    /** A performance that may still change: of a changeable event, and not cancelled itself. */
    private Performance livePerformance(TenantId tenant, PerformanceId performanceId) {
        requireChangeable(tenant);
        Performance performance = performance(performanceId);
        if (performance.status() == PerformanceStatus.CANCELLED) {
            throw new PerformanceIsCancelled(performanceId);
        }
        return performance;
    }

    private static String reason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON_LENGTH) {
            throw new InvalidCancellationReason(MAX_REASON_LENGTH);
        }
        return stripped;
    }

    @EventSourcingHandler
    void on(EventCreated event) {
        eventId = event.eventId();
        tenantId = event.tenantId();
        venueId = event.venueId();
        status = EventStatus.DRAFT;
        details = new EventDetails(event.title(), event.description(), event.category(), event.tags(),
                event.imageUrl());
    }

    @EventSourcingHandler
    void on(EventDetailsChanged event) {
        details = new EventDetails(event.title(), event.description(), event.category(), event.tags(),
                event.imageUrl());
    }

    @EventSourcingHandler
    void on(EventPublished event) {
        status = EventStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(EventCancelled event) {
        status = EventStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(PerformanceScheduled event) {
        performances.put(event.performanceId(), new Performance(event.times(), PerformanceStatus.SCHEDULED));
    }

    @EventSourcingHandler
    void on(PerformanceRescheduled event) {
        performances.computeIfPresent(event.performanceId(), (id, p) -> p.rescheduled(event.times()));
    }

    @EventSourcingHandler
    void on(PerformancePostponed event) {
        performances.computeIfPresent(event.performanceId(), (id, p) -> p.withStatus(PerformanceStatus.POSTPONED));
    }

    @EventSourcingHandler
    void on(PerformanceCancelled event) {
        performances.computeIfPresent(event.performanceId(), (id, p) -> p.withStatus(PerformanceStatus.CANCELLED));
    }

    @EventSourcingHandler
    void on(TicketTypeAdded event) {
        ticketTypes.put(event.ticketTypeId(), event.terms());
    }

    @EventSourcingHandler
    void on(TicketTypeChanged event) {
        ticketTypes.put(event.ticketTypeId(), event.terms());
    }
}
