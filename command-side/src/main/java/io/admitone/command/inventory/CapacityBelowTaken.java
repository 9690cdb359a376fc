package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;

class CapacityBelowTaken extends DomainRejection {

    CapacityBelowTaken(String section, int capacity, int taken) {
        super("capacity-below-taken", Kind.CONFLICT, "Section " + section + " cannot shrink to " + capacity
                + " places: " + taken + " are held or sold");
    }
}
