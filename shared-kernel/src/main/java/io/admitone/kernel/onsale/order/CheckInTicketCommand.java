package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * A scanner at the door of {@code performanceId} presents a ticket of the order; {@code by} is who scanned it
 * (the staff user's or API key's subject).
 */
public record CheckInTicketCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId,
                                   PerformanceId performanceId, UUID ticketId, String by) {
}
