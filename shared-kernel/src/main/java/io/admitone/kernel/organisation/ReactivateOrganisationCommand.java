package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lifts a suspension; reactivating an active organisation changes nothing. */
public record ReactivateOrganisationCommand(@TargetAggregateIdentifier TenantId tenantId) {
}
