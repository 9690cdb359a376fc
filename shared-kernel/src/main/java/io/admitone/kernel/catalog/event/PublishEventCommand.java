package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishEventCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId) {
}
