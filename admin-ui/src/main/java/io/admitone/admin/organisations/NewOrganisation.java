package io.admitone.admin.organisations;

/** An organisation as {@code POST /api/v1/orgs} takes it. */
public record NewOrganisation(String name, String slug, String defaultCurrency, String timeZone, String locale) {
}
