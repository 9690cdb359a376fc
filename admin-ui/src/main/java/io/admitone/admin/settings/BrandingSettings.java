package io.admitone.admin.settings;

/**
 * How the organisation presents itself and whom its e-mails come from: the {@code branding} section of
 * {@code PATCH /api/v1/orgs/{orgId}}; the optional parts are null when the organisation has none.
 */
public record BrandingSettings(String displayName, String logoUrl, String primaryColour, String accentColour,
                               String customDomain, String emailSenderName, String emailSenderAddress) {
}
