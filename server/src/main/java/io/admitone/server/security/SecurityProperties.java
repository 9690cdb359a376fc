package io.admitone.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code signingKey} is a private EC P-256 JSON Web Key; tokens are signed with ES256. Without one, the embedded default
 * generates a development key and keeps it under the data directory; production mode refuses to start,
 * because instances with different keys would reject each other's tokens.
 */
@ConfigurationProperties("admitone.security.jwt")
public record SecurityProperties(
        String signingKey,
        @DefaultValue("admitone") String issuer,
        @DefaultValue("PT15M") Duration accessTokenLifetime) {
}
