package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A hold on places that the partitions hold, until {@code expiresAt}; only the token's digest is kept. */
public record HoldPlaced(HoldId holdId, TenantId tenantId, EventId eventId, PerformanceId performanceId,
                         List<HoldLine> lines, Money total, List<HeldPlaces> places, String tokenHash,
                         Instant expiresAt, Instant placedAt) implements HoldEvent {
}
