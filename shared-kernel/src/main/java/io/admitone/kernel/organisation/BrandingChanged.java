package io.admitone.kernel.organisation;

import java.time.Instant;

/** The complete branding after the change; null fields mean "none". */
public record BrandingChanged(TenantId tenantId, String displayName, String logoUrl, String primaryColour,
                              String accentColour, String customDomain, Instant changedAt)
        implements OrganisationEvent {
}
