package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an organisation under a slug no other organisation has. {@code defaultCurrency} is an ISO 4217 code,
 * {@code timeZone} a region id such as {@code Europe/Berlin}, {@code locale} a BCP 47 language tag.
 */
public record CreateOrganisationCommand(@TargetAggregateIdentifier TenantId tenantId, String name, String slug,
                                        String defaultCurrency, String timeZone, String locale) {
}
