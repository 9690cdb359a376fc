package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddTicketTypeCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId,
                                   TicketTypeId ticketTypeId, TicketTypeTerms terms) {
}
