package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A standing slice holds {@code quantity} places for a hold; it frees them by itself at {@code expiresAt}. */
public record StandingPlacesHeld(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId,
                                 String section, int slice, HoldId holdId, int quantity, Instant expiresAt,
                                 Instant heldAt) implements PartitionEvent {
}
