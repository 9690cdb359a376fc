package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;

/**
 * Fewer places are free than a hold asks for. It says how many are free, so that a coordinator spreading a hold
 * over several partitions can take those and look for the rest elsewhere.
 */
public class PlacesSoldOut extends DomainRejection {

    private final int available;

    PlacesSoldOut(String where, int requested, int available) {
        super("sold-out", Kind.CONFLICT, requested + " places asked for, " + available + " free in " + where);
        this.available = available;
    }

    public int available() {
        return available;
    }
}
