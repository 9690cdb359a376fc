package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** All terms after the change. */
public record TicketTypeChanged(EventId eventId, TenantId tenantId, TicketTypeId ticketTypeId, TicketTypeTerms terms,
                                Instant changedAt) implements EventEvent {
}
