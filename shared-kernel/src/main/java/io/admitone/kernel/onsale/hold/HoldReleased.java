package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A hold released before it expired; the partitions free {@code places}. */
public record HoldReleased(HoldId holdId, TenantId tenantId, PerformanceId performanceId, List<HeldPlaces> places,
                           boolean byStaff, Instant releasedAt) implements HoldEvent {
}
