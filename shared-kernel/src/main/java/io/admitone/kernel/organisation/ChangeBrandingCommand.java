package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces how the organisation presents itself to buyers. Only {@code displayName} is required; a null logo,
 * colour, custom domain or e-mail sender field means "none". The custom domain must be one no other organisation
 * has.
 */
public record ChangeBrandingCommand(@TargetAggregateIdentifier TenantId tenantId, String displayName, String logoUrl,
                                    String primaryColour, String accentColour, String customDomain,
                                    String emailSenderName, String emailSenderAddress) {
}
