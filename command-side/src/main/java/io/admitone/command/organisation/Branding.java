package io.admitone.command.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** How an organisation presents itself, validated and in canonical form; null optional fields mean "none". */
record Branding(String displayName, String logoUrl, String primaryColour, String accentColour,
                String customDomain) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_URL_LENGTH = 2048;

    static Branding named(String displayName) {
        return new Branding(displayName, null, null, null, null);
    }

    static Branding validated(String displayName, String logoUrl, String primaryColour, String accentColour,
                              String customDomain) {
        return new Branding(OrganisationRules.text("displayName", displayName, OrganisationRules.MAX_NAME_LENGTH),
                logoUrl == null ? null : httpsUrl(logoUrl), colour("primaryColour", primaryColour),
                colour("accentColour", accentColour), customDomain == null ? null : hostname(customDomain));
    }

    /** Browsers block mixed content, so a logo served over plain HTTP would break the storefront. */
    private static String httpsUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                    || url.length() > MAX_URL_LENGTH) {
                throw invalidLogoUrl(url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw invalidLogoUrl(url);
        }
    }

    private static InvalidOrganisationSettings invalidLogoUrl(String url) {
        return new InvalidOrganisationSettings("logoUrl", url, "an absolute https URL");
    }

    private static String colour(String field, String colour) {
        if (colour == null) {
            return null;
        }
        String lowerCase = colour.toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(lowerCase).matches()) {
            throw new InvalidOrganisationSettings(field, colour, "a colour written #rrggbb");
        }
        return lowerCase;
    }

    private static String hostname(String domain) {
        String host = domain.toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.", -1);
        boolean valid = host.length() <= 253 && labels.length >= 2;
        for (String label : labels) {
            valid &= HOST_LABEL.matcher(label).matches();
        }
        if (!valid) {
            throw new InvalidOrganisationSettings("customDomain", domain, "a host name such as tickets.example.com");
        }
        return host;
    }
}
