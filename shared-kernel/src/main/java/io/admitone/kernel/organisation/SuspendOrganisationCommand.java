package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Freezes the organisation: until it is reactivated, every other change is rejected. */
public record SuspendOrganisationCommand(@TargetAggregateIdentifier TenantId tenantId, String reason) {
}
