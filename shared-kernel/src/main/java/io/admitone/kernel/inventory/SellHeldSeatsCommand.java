package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turns the seats a seated partition holds for a hold into seats sold to an order; its expiry then skips them. */
public record SellHeldSeatsCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId,
                                   OrderId orderId) {
}
