package io.admitone.admin.settings;

/** The defaults an organisation works in: the {@code settings} section of {@code PATCH /api/v1/orgs/{orgId}}. */
public record OrganisationSettings(String defaultCurrency, String timeZone, String locale) {
}
