package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the defaults that new events, prices and documents of the organisation start from. */
public record ChangeOrganisationSettingsCommand(@TargetAggregateIdentifier TenantId tenantId, String defaultCurrency,
                                                String timeZone, String locale) {
}
