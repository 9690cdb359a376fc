package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

/** The events of an event (the aggregate): its life, its performances and its ticket types. */
public sealed interface EventEvent
        permits EventCreated, EventDetailsChanged, EventPublished, EventCancelled, PerformanceScheduled,
        PerformanceRescheduled, PerformancePostponed, PerformanceCancelled, TicketTypeAdded, TicketTypeChanged {

    EventId eventId();

    TenantId tenantId();
}
