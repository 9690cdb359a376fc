package io.admitone.command.organisation;

import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** The defaults an organisation works in, validated and in canonical form, so equal settings compare equal. */
record OrganisationSettings(String defaultCurrency, String timeZone, String locale) {

    static OrganisationSettings validated(String defaultCurrency, String timeZone, String locale) {
        return new OrganisationSettings(currency(defaultCurrency), zone(timeZone), languageTag(locale));
    }

    private static String currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidOrganisationSettings("defaultCurrency", code, "an ISO 4217 currency code");
        }
    }

    /** Only region ids: fixed offsets would silently ignore daylight saving time at the venue. */
    private static String zone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidOrganisationSettings("timeZone", zone, "a time-zone region id such as Europe/Berlin");
        }
        return zone;
    }

    private static String languageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw invalidLocale(tag);
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException | NullPointerException e) {
            throw invalidLocale(tag);
        }
    }

    private static InvalidOrganisationSettings invalidLocale(String tag) {
        return new InvalidOrganisationSettings("locale", tag, "a BCP 47 language tag such as en-GB");
    }
}
