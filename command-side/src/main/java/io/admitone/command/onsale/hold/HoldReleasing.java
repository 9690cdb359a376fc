package io.admitone.command.onsale.hold;

import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.ReleaseHoldCommand;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Releases a hold early: the hold ends first, then each partition frees its places in a command of its own. A
 * partition missed here (the process stops in between) frees its places when the hold would have expired.
 */
@Component
class HoldReleasing {

    private final PartitionCommands partitions;

    HoldReleasing(PartitionCommands partitions) {
        this.partitions = partitions;
    }

    void release(ReleaseHoldCommand command, MetaData metaData) {
        List<HeldPlaces> places = partitions.send(command, metaData);
        partitions.release(command.holdId(), places, metaData);
    }
}
