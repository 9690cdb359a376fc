package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** The {@code quantity} places a standing slice held for a hold are sold to an order: no longer held, for good. */
public record StandingPlacesSold(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId,
                                 String section, int slice, HoldId holdId, OrderId orderId, int quantity,
                                 Instant soldAt) implements PartitionEvent {
}
