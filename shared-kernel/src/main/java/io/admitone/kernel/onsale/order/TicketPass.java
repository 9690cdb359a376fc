package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.UUID;

/** What a ticket's signed QR payload says about it; {@code seat} is null for a standing place. */
public record TicketPass(TenantId tenantId, EventId eventId, PerformanceId performanceId, OrderId orderId,
                         UUID ticketId, TicketTypeId ticketTypeId, String seat, String code, Instant issuedAt) {
}
