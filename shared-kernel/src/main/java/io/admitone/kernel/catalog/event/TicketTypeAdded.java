package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A ticket type with its validated terms, in the event's currency unless its price says otherwise. */
public record TicketTypeAdded(EventId eventId, TenantId tenantId, TicketTypeId ticketTypeId, TicketTypeTerms terms,
                              Instant addedAt) implements EventEvent {
}
