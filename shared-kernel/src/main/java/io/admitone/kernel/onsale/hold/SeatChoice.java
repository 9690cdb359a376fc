package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;

/** A named seat ({@code A-1-7}) and the ticket type it is bought with. */
public record SeatChoice(String seat, TicketTypeId ticketTypeId) {
}
