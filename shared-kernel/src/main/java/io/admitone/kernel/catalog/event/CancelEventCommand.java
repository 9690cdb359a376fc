package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelEventCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId, String reason) {
}
