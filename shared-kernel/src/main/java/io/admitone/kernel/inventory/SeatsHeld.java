package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A seated partition holds {@code seats} for a hold; it frees them by itself at {@code expiresAt}. */
public record SeatsHeld(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId, HoldId holdId,
                        List<HeldSeat> seats, Instant expiresAt, Instant heldAt) implements PartitionEvent {

    public SeatsHeld {
        seats = List.copyOf(seats);
    }
}
