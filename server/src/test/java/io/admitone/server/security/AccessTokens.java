package io.admitone.server.security;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;

/** Access tokens for tests, signed with whatever encoder the test chooses. */
public final class AccessTokens {

    private AccessTokens() {
    }

    public static String valid(JwtEncoder encoder, String subject) {
        return sign(encoder, "admitone", subject, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String sign(JwtEncoder encoder, String issuer, String subject, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims))
                .getTokenValue();
    }
}
