package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;

/** A quantity of a ticket type: standing places, or the best available seats of its price zone. */
public record HoldItem(TicketTypeId ticketTypeId, int quantity) {
}
