package io.admitone.admin.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where the AdmitOne server answers. Checked at start-up so that a mistyped URL stops the admin UI
 * with a clear message instead of failing every sign-in later.
 */
@ConfigurationProperties("admitone.admin")
public record AdmitOneServerProperties(URI serverUrl) {

    public AdmitOneServerProperties {
        if (serverUrl == null || !serverUrl.isAbsolute() || !isHttp(serverUrl.getScheme())) {
            throw new IllegalArgumentException(
                    "admitone.admin.server-url (env ADMITONE_ADMIN_SERVER_URL) must be an http(s) URL, but is "
                            + serverUrl);
        }
    }

    private static boolean isHttp(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }
}
