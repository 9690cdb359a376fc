package io.admitone.command.inventory;

import io.admitone.kernel.onsale.HoldId;

/** The deadline at which a partition frees what it holds for a hold, whatever became of the hold's coordination. */
record PartitionHoldExpiry(HoldId holdId) {

    static final String NAME = "partition-hold-expiry";
}
