package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.TicketTypeId;

/** The id of a ticket type used again with other terms; the same terms again are a repeat and change nothing. */
class TicketTypeAlreadyAdded extends DomainRejection {

    TicketTypeAlreadyAdded(TicketTypeId ticketTypeId) {
        super("ticket-type-exists", Kind.CONFLICT, "Ticket type " + ticketTypeId + " already exists");
    }
}
