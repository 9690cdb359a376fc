package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;

/**
 * One place of a hold: its ticket type, its seat (null for a standing place), its unit price and the partition that
 * holds it, so that an order can give each place back to where it came from.
 */
public record HoldLine(TicketTypeId ticketTypeId, String seat, Money price, PartitionId partitionId) {
}
