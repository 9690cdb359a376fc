package io.admitone.kernel.inventory;

import io.admitone.kernel.onsale.HoldId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Frees what a standing slice holds for a hold; nothing when it holds nothing for it. */
public record ReleaseStandingPlacesCommand(@TargetAggregateIdentifier PartitionId partitionId, HoldId holdId) {
}
