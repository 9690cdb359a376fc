package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.TicketTypeId;

class TicketTypeNotFound extends DomainRejection {

    TicketTypeNotFound(EventId eventId, TicketTypeId ticketTypeId) {
        super("ticket-type-not-found", Kind.NOT_FOUND, "Event " + eventId + " has no ticket type " + ticketTypeId);
    }
}
