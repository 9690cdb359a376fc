package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A standing slice frees the places it held for a hold: released early, or {@code expired}. */
public record StandingPlacesReleased(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId,
                                     String section, int slice, HoldId holdId, int quantity, boolean expired,
                                     Instant releasedAt) implements PartitionEvent {
}
