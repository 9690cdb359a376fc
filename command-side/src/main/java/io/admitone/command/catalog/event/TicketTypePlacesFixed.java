package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.TicketTypeId;

/** Once an event is published, what a ticket type sells (its section or price zone) is what buyers hold. */
class TicketTypePlacesFixed extends DomainRejection {

    TicketTypePlacesFixed(TicketTypeId ticketTypeId) {
        super("ticket-type-places-fixed", Kind.CONFLICT, "Ticket type " + ticketTypeId
                + " belongs to a published event; its section or price zone can no longer change");
    }
}
