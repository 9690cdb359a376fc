package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Holds {@code quantity} places of a standing slice for a hold, all or none, until {@code expiresAt}. */
public record HoldStandingPlacesCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId,
                                        int quantity, Instant expiresAt) {
}
