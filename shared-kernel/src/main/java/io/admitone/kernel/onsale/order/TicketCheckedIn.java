package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A ticket of the order let in at its performance's door: it is used from now on. */
public record TicketCheckedIn(OrderId orderId, TenantId tenantId, PerformanceId performanceId, UUID ticketId,
                              Instant checkedInAt, String by) implements OrderEvent {
}
