package io.admitone.command.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The web origins from which browsers may call the API for the organisation (CORS), canonical and sorted so that
 * equal lists compare equal. Plain {@code http} is allowed for {@code localhost} only, for storefront development.
 */
record StorefrontOrigins(List<String> origins) {

    static final int MAX_ORIGINS = 20;

    static StorefrontOrigins validated(List<String> origins) {
        if (origins.size() > MAX_ORIGINS) {
            throw new InvalidOrganisationSettings("origins", origins.size() + " origins", "at most " + MAX_ORIGINS + " origins");
        }
        TreeSet<String> canonical = new TreeSet<>();
        origins.forEach(origin -> canonical.add(canonical(origin)));
        return new StorefrontOrigins(List.copyOf(canonical));
    }

    private static String canonical(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            boolean secure = "https".equals(scheme) || ("http".equals(scheme) && "localhost".equals(host));
            if (!bare || !secure || host.isEmpty()) {
                throw invalid(origin);
            }
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException | NullPointerException e) {
            throw invalid(origin);
        }
    }

    private static InvalidOrganisationSettings invalid(String origin) {
        return new InvalidOrganisationSettings("origins", origin,
                "an origin such as https://tickets.example.com (no path; http only for localhost)");
    }
}
