package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.TicketTypeId;

import java.util.UUID;

/** One ticket of an order, for one place: its id, ticket type, seat (null when standing) and its code. */
public record IssuedTicket(UUID ticketId, TicketTypeId ticketTypeId, String seat, String code) {
}
