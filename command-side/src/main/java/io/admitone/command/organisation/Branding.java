package io.admitone.command.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How an organisation presents itself, validated and in canonical form; null optional fields mean "none". */
record Branding(String displayName, String logoUrl, String primaryColour, String accentColour,
                String customDomain, String emailSenderName, String emailSenderAddress) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** The dot-atom local part of RFC 5322, the form every mail system accepts. */
    private static final Pattern MAILBOX = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_ADDRESS_LENGTH = 254;

    static Branding named(String displayName) {
        return new Branding(displayName, null, null, null, null, null, null);
    }

    static Branding validated(String displayName, String logoUrl, String primaryColour, String accentColour,
                              String customDomain, String emailSenderName, String emailSenderAddress) {
        return new Branding(OrganisationRules.text("displayName", displayName, OrganisationRules.MAX_NAME_LENGTH),
                logoUrl == null ? null : logoUrl(logoUrl), colour("primaryColour", primaryColour),
                colour("accentColour", accentColour),
                customDomain == null ? null : hostname(customDomain),
                emailSenderName == null ? null : senderName(emailSenderName),
                emailSenderAddress == null ? null : address(emailSenderAddress));
    }

    /** The same branding with another logo, or none for a null {@code logoUrl}. */
    Branding withLogo(String logoUrl) {
        return new Branding(displayName, logoUrl == null ? null : logoUrl(logoUrl), primaryColour, accentColour,
                customDomain, emailSenderName, emailSenderAddress);
    }

    /**
     * Browsers block mixed content, so a logo served over plain HTTP would break the storefront; a loopback host is
     * the exception, which browsers trust, for a server and storefront in development.
     */
    private static String logoUrl(String url) {
        try {
            URI uri = new URI(url);
            boolean secure = "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost()));
            if (!secure || uri.getHost() == null || uri.getUserInfo() != null || url.length() > MAX_URL_LENGTH) {
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

    /** Line breaks in a sender name would let it add headers of its own to the e-mails sent in its name. */
    private static String senderName(String name) {
        String text = OrganisationRules.text("emailSenderName", name, OrganisationRules.MAX_NAME_LENGTH);
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidOrganisationSettings("emailSenderName", name, "text without control characters");
        }
        return text;
    }

    private static String address(String address) {
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (at < 1 || address.length() > MAX_ADDRESS_LENGTH || !MAILBOX.matcher(address.substring(0, at)).matches()
                || !isHostname(domain)) {
            throw new InvalidOrganisationSettings("emailSenderAddress", address,
                    "an e-mail address such as tickets@example.com");
        }
        return address.substring(0, at) + "@" + domain;
    }

    private static String hostname(String domain) {
        String host = domain.toLowerCase(Locale.ROOT);
        if (!isHostname(host)) {
            throw new InvalidOrganisationSettings("customDomain", domain, "a host name such as tickets.example.com");
        }
        return host;
    }

    private static boolean isHostname(String host) {
        String[] labels = host.split("\\.", -1);
        boolean valid = host.length() <= 253 && labels.length >= 2;
        for (String label : labels) {
            valid &= HOST_LABEL.matcher(label).matches();
        }
        return valid;
    }
}
