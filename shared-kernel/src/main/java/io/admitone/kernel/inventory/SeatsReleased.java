package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A seated partition frees the seats it held for a hold: released early, or {@code expired}. */
public record SeatsReleased(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId, HoldId holdId,
                            List<HeldSeat> seats, boolean expired, Instant releasedAt) implements PartitionEvent {

    public SeatsReleased {
        seats = List.copyOf(seats);
    }
}
