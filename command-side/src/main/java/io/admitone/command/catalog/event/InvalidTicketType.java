package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

/** A term of a ticket type that breaks its rule. */
class InvalidTicketType extends DomainRejection {

    InvalidTicketType(String rule) {
        super("invalid-ticket-type", Kind.UNPROCESSABLE, "The ticket type is invalid: " + rule);
    }
}
