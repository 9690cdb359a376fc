package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** Seats a seated partition had sold to an order are free again: the order gave them back. */
public record SeatsReturned(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId, OrderId orderId,
                            List<HeldSeat> seats, Instant returnedAt) implements PartitionEvent {

    public SeatsReturned {
        seats = List.copyOf(seats);
    }
}
