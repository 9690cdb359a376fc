package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

class UnknownStandingSection extends DomainRejection {

    UnknownStandingSection(String section) {
        super("unknown-standing-section", Kind.UNPROCESSABLE,
                "The venue has no standing section '" + section + "'; a ticket type sells a standing section's "
                        + "capacity, or the seats of a price zone");
    }
}
