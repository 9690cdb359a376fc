package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Frees the seats a seated partition holds for a hold; nothing when it holds none for it. */
public record ReleaseSeatsCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId) {
}
