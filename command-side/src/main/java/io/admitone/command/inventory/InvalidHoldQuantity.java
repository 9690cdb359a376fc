package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;

class InvalidHoldQuantity extends DomainRejection {

    InvalidHoldQuantity(int quantity) {
        super("invalid-quantity", Kind.UNPROCESSABLE, "A hold takes at least one place, not " + quantity);
    }
}
