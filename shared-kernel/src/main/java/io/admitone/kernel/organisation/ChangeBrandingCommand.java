package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces how the organisation presents itself to buyers. Only {@code displayName} is required; a null logo,
 * colour or custom domain means "none".
 */
public record ChangeBrandingCommand(@TargetAggregateIdentifier TenantId tenantId, String displayName, String logoUrl,
                                    String primaryColour, String accentColour, String customDomain) {
}
