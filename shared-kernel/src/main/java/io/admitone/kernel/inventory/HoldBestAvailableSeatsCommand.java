package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Holds the best available {@code quantity} seats of a price zone in a seated partition, until {@code expiresAt};
 * answers the keys of the seats held. With {@code adjacentOnly} only seats side by side in one row will do.
 */
public record HoldBestAvailableSeatsCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId,
                                            String priceZone, int quantity, boolean adjacentOnly, Instant expiresAt) {
}
