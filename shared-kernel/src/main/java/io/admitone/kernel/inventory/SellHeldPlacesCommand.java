package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turns the places a standing slice holds for a hold into places sold to an order; its expiry then skips them. */
public record SellHeldPlacesCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId,
                                    OrderId orderId) {
}
