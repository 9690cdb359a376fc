package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;

class InvalidCapacity extends DomainRejection {

    InvalidCapacity(int capacity) {
        super("invalid-capacity", Kind.UNPROCESSABLE,
                "A standing section holds 1 to " + InventoryOpener.MAX_STANDING_CAPACITY + " places, not " + capacity);
    }
}
