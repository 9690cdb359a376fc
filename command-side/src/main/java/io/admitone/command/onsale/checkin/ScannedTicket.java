package io.admitone.command.onsale.checkin;

import io.admitone.kernel.onsale.OrderId;

import java.util.UUID;

/** The ticket a scan names, and the order that owns it. */
record ScannedTicket(OrderId orderId, UUID ticketId) {
}
