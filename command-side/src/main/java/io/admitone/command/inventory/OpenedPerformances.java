package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

import java.util.Optional;

/** The performances whose inventory is open, with their event: where the on-sale starts from a performance id. */
public interface OpenedPerformances {

    void opened(PerformanceId performanceId, TenantId tenantId, EventId eventId);

    /** The event of an opened performance of the organisation; empty for any other id. */
    Optional<EventId> eventOf(TenantId tenantId, PerformanceId performanceId);
}
