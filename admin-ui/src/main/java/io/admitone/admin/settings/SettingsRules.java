package io.admitone.admin.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server's rules for an organisation's settings, checked in the form before anything is sent, so that a
 * mistake is named at its field at once. The server checks them again and has the last word.
 */
final class SettingsRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ORIGINS = 20;
    private static final int MAX_URL_LENGTH = 2048;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern COLOUR = Pattern.compile("#\\p{XDigit}{6}");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern MAILBOX = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ADDRESS_LENGTH = 254;

    private SettingsRules() {
    }

    static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    static boolean isColour(String colour) {
        return colour == null || COLOUR.matcher(colour).matches();
    }

    /** Browsers block mixed content, so the server takes logos over https only (http from a loopback host). */
    static boolean isHttpsUrl(String url) {
        if (url == null) {
            return true;
        }
        try {
            URI uri = new URI(url);
            boolean secure = "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost()));
            return secure && uri.getHost() != null && uri.getUserInfo() == null && url.length() <= MAX_URL_LENGTH;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isHostName(String domain) {
        if (domain == null) {
            return true;
        }
        String host = domain.toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.", -1);
        boolean valid = host.length() <= 253 && labels.length >= 2;
        for (String label : labels) {
            valid &= HOST_LABEL.matcher(label).matches();
        }
        return valid;
    }

    /** A plain {@code local@domain} address, without a display name. */
    static boolean isEmailAddress(String address) {
        if (address == null) {
            return true;
        }
        int at = address.lastIndexOf('@');
        return at > 0 && address.length() <= MAX_ADDRESS_LENGTH && MAILBOX.matcher(address.substring(0, at)).matches()
                && isHostName(address.substring(at + 1));
    }

    /** {@code scheme://host[:port]} without a path; plain http only for localhost. */
    static boolean isOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            boolean secure = "https".equals(scheme) || ("http".equals(scheme) && "localhost".equals(host));
            return bare && secure && !host.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
