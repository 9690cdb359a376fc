package io.admitone.admin.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The OpenID Connect provider staff may sign in with ({@code admitone.admin.sso.*}); single sign-on is off while
 * {@code issuer-uri} is unset. The provider must be the one the AdmitOne server accepts tokens of
 * ({@code ADMITONE_SSO_ISSUER_URI} there), since the admin calls the server with the provider's access token.
 *
 * @param issuerUri    the provider's issuer, e.g. {@code https://login.example.com/realms/staff}
 * @param clientId     the admin UI's client at the provider
 * @param clientSecret its secret; empty for a public client, which then signs in with PKCE alone
 * @param providerName what the sign-in page calls the provider ("Sign in with ...")
 */
@ConfigurationProperties("admitone.admin.sso")
public record SingleSignOnProperties(URI issuerUri, String clientId, String clientSecret, String providerName) {

    /** Where the sign-in page's link starts the flow. */
    public static final String START_PATH = "/oauth2/authorization/" + SingleSignOnConfiguration.REGISTRATION;

    public SingleSignOnProperties {
        providerName = providerName == null || providerName.isBlank() ? "single sign-on" : providerName;
        clientSecret = clientSecret == null ? "" : clientSecret;
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.toString().isBlank();
    }
}
