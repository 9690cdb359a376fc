package io.admitone.command.catalog.venue;

import io.admitone.kernel.DomainRejection;

/** A seat map that breaks one of its rules; the message names the section, row and seat at fault. */
class InvalidSeatMap extends DomainRejection {

    InvalidSeatMap(String message) {
        super("invalid-seat-map", Kind.UNPROCESSABLE, message);
    }
}
