package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Puts places a standing slice sold to an order back on sale, one per ticket id of the order's places. A place
 * already returned, or beyond what the slice sold to the order, returns nothing, so a repeated command is harmless.
 */
public record ReturnSoldPlacesCommand(@TargetAggregateIdentifier PartitionId partitionId, OrderId orderId,
                                      List<UUID> ticketIds) {

    public ReturnSoldPlacesCommand {
        ticketIds = List.copyOf(ticketIds);
    }
}
