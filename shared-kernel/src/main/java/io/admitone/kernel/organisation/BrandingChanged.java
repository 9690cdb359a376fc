package io.admitone.kernel.organisation;

import java.time.Instant;

/**
 * The complete branding after the change; null fields mean "none". Events stored before the e-mail sender was
 * part of branding have no {@code emailSenderName} or {@code emailSenderAddress} and read as "none".
 */
public record BrandingChanged(TenantId tenantId, String displayName, String logoUrl, String primaryColour,
                              String accentColour, String customDomain, String emailSenderName,
                              String emailSenderAddress, Instant changedAt)
        implements OrganisationEvent {
}
