package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;

import java.util.Collection;

/** Named seats that are held or sold already, or that the section does not have. */
class SeatsUnavailable extends DomainRejection {

    SeatsUnavailable(Collection<String> seats) {
        super("seat-unavailable", Kind.CONFLICT, "Not available: " + String.join(", ", seats));
    }
}
