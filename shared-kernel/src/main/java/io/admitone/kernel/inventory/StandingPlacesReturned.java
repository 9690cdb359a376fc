package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Places a standing slice had sold to an order are free again, one per ticket id of the order. */
public record StandingPlacesReturned(PartitionId partitionId, TenantId tenantId, PerformanceId performanceId,
                                     String section, int slice, OrderId orderId, List<UUID> ticketIds,
                                     Instant returnedAt) implements PartitionEvent {

    public StandingPlacesReturned {
        ticketIds = List.copyOf(ticketIds);
    }
}
