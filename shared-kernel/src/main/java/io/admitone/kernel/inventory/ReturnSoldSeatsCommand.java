package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Puts seats sold to an order back on sale (the order expired, was cancelled or refunded them). Only seats still sold
 * to that order come back, so a repeated command returns nothing twice.
 */
public record ReturnSoldSeatsCommand(@TargetAggregateIdentifier PartitionId partitionId, OrderId orderId,
                                     List<String> seats) {

    public ReturnSoldSeatsCommand {
        seats = List.copyOf(seats);
    }
}
