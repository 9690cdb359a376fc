package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Holds the named seats ({@code A-1-7}) of a seated partition for a hold, all or none, until {@code expiresAt}. */
public record HoldSeatsCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId, List<String> seats,
                               Instant expiresAt) {

    public HoldSeatsCommand {
        seats = List.copyOf(seats);
    }
}
