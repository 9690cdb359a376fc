package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** Slice {@code slice} of {@code slices} of a standing section for one performance, with its share of the capacity. */
public record StandingPartitionOpened(PartitionId partitionId, TenantId tenantId, EventId eventId,
                                      PerformanceId performanceId, String section, int slice, int slices,
                                      int capacity, Instant openedAt) implements PartitionEvent {
}
