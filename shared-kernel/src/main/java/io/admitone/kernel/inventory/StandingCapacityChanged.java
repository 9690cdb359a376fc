package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A slice's new capacity, never below what it has held and sold. */
public record StandingCapacityChanged(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId,
                                      String section, int slice, int capacity, Instant changedAt)
        implements PartitionEvent {
}
