package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** The seats a seated partition held for a hold are sold to an order: no longer held, for good. */
public record SeatsSold(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId, HoldId holdId,
                        OrderId orderId, List<HeldSeat> seats, Instant soldAt) implements PartitionEvent {

    public SeatsSold {
        seats = List.copyOf(seats);
    }
}
