package io.admitone.kernel.onsale.order;

import io.admitone.kernel.inventory.PartitionId;

import java.util.UUID;

/**
 * One place an order gives back to sale: the partition that sold it, the id of the place's ticket (the same whether
 * or not the ticket was issued) and its seat (null when standing). A partition returns each place once.
 */
public record OrderPlace(PartitionId partitionId, UUID ticketId, String seat) {
}
