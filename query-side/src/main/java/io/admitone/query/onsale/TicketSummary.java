package io.admitone.query.onsale;

import java.time.Instant;
import java.util.UUID;

/** A ticket as staff lists show it, without the signed pass its order carries. */
record TicketSummary(UUID ticketId, UUID orderId, UUID performanceId, UUID ticketTypeId, String seat, String code,
                     String status, Instant issuedAt, Instant usedAt, Instant voidedAt) {
}
