package io.admitone.command.organisation;

import java.util.regex.Pattern;

/** The rules for an organisation's names and slug: pure checks that return the value to store. */
final class OrganisationRules {

    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](-?[a-z0-9])*");

    private OrganisationRules() {
    }

    /** Slugs appear in URLs and subdomains, hence lower-case DNS-label rules. */
    static String slug(String slug) {
        if (slug == null || slug.length() < 3 || slug.length() > 63 || !SLUG.matcher(slug).matches()) {
            throw new InvalidOrganisationSettings("slug", slug, "3 to 63 lower-case letters, digits and single "
                    + "hyphens, starting and ending with a letter or digit");
        }
        return slug;
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new InvalidOrganisationSettings(field, value,
                    "non-blank text of at most " + maxLength + " characters");
        }
        return value.strip();
    }
}
