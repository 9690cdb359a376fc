package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A hold turned into an order; its expiry does nothing from now on, and the partitions sell {@code places}. */
public record HoldConverted(HoldId holdId, TenantId tenantId, PerformanceId performanceId, List<HeldPlaces> places,
                            OrderId orderId, Instant convertedAt) implements HoldEvent {
}
