package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Points the organisation's branding at another logo and leaves the rest of its branding as it is; a null
 * {@code logoUrl} removes the logo.
 */
public record ChangeLogoCommand(@TargetAggregateIdentifier TenantId tenantId, String logoUrl) {
}
