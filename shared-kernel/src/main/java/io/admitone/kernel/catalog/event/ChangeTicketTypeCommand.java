package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a ticket type's terms as a whole. */
public record ChangeTicketTypeCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId,
                                      TicketTypeId ticketTypeId, TicketTypeTerms terms) {
}
