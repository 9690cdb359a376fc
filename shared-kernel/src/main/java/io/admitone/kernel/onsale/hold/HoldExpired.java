package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A hold that reached its expiry; each partition frees its share of {@code places} at the same time. */
public record HoldExpired(HoldId holdId, TenantId tenantId, PerformanceId performanceId, List<HeldPlaces> places,
                          Instant expiredAt) implements HoldEvent {
}
