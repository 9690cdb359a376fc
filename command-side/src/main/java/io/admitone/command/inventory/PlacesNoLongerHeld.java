package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.onsale.HoldId;

/** A partition holds nothing for the hold (any more): its places were released, expired or sold already. */
public class PlacesNoLongerHeld extends DomainRejection {

    PlacesNoLongerHeld(PartitionId partitionId, HoldId holdId) {
        super("hold-expired", Kind.CONFLICT, "Partition " + partitionId + " holds nothing for hold " + holdId);
    }
}
