package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.money.Money;

/** One place of a hold: its ticket type, its seat (null for a standing place) and its unit price. */
public record HoldLine(TicketTypeId ticketTypeId, String seat, Money price) {
}
