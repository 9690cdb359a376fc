package io.admitone.server.security;

import io.admitone.kernel.identity.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Single sign-on: access tokens of one external OpenID Connect issuer are accepted besides AdmitOne's own. A
 * blank {@code issuerUri} switches it off. Checked when the server starts, so that a typing error fails the
 * start rather than every sign-in.
 */
@ConfigurationProperties("admitone.security.sso")
public record SsoProperties(
        String issuerUri,
        String audience,
        @DefaultValue("email") String emailClaim,
        @DefaultValue("true") boolean requireVerifiedEmail,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue List<RoleMapping> roleMappings) {

    private static final String PREFIX = "admitone.security.sso.";

    /** Members of {@code group} at the identity provider hold {@code role} in the organisation {@code organisationId}. */
    public record RoleMapping(String group, String organisationId, String role) {
    }

    public SsoProperties {
        issuerUri = blankToNull(issuerUri);
        audience = blankToNull(audience);
        roleMappings = roleMappings == null ? List.of() : List.copyOf(roleMappings);
        requireIssuerUri(issuerUri);
        requireClaimName("email-claim", emailClaim);
        requireClaimName("groups-claim", groupsClaim);
        for (int i = 0; i < roleMappings.size(); i++) {
            requireValid(i, roleMappings.get(i));
        }
    }

    public boolean enabled() {
        return issuerUri != null;
    }

    private static void requireIssuerUri(String issuerUri) {
        if (issuerUri == null) {
            return;
        }
        URI uri;
        try {
            uri = new URI(issuerUri);
        } catch (Exception e) {
            uri = null;
        }
        if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(PREFIX + "issuer-uri (ADMITONE_SSO_ISSUER_URI) must be the issuer's "
                    + "http(s) URL exactly as its tokens carry it in 'iss', e.g. https://login.example.com/realms/staff; "
                    + "got '" + issuerUri + "'");
        }
    }

    private static void requireClaimName(String property, String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException(PREFIX + property + " must name a claim of the access token");
        }
    }

    private static void requireValid(int index, RoleMapping mapping) {
        String property = PREFIX + "role-mappings[" + index + "]";
        if (mapping.group() == null || mapping.group().isBlank()) {
            throw new IllegalArgumentException(property + ".group must name a group of the identity provider");
        }
        if (!isUuid(mapping.organisationId())) {
            throw new IllegalArgumentException(property + ".organisation-id must be an organisation id (a UUID); got '"
                    + mapping.organisationId() + "'");
        }
        if (StaffRole.find(mapping.role()).isEmpty()) {
            throw new IllegalArgumentException(property + ".role must be one of " + roleNames() + "; got '"
                    + mapping.role() + "'");
        }
    }

    /** Strictly: {@code UUID.fromString} also takes shortened forms such as {@code 1-2-3-4-5}. */
    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String roleNames() {
        return Arrays.stream(StaffRole.values()).map(StaffRole::apiName).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
