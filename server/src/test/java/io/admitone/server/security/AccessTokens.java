package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Access tokens for tests, signed with whatever encoder the test chooses. */
public final class AccessTokens {

    private AccessTokens() {
    }

    public static String valid(JwtEncoder encoder, String subject) {
        return sign(encoder, "admitone", new Caller(subject, false, Map.of()), Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String platformAdmin(JwtEncoder encoder) {
        return forCaller(encoder, new Caller("platform-admin", true, Map.of()));
    }

    public static String forCaller(JwtEncoder encoder, Caller caller) {
        return sign(encoder, "admitone", caller, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String sign(JwtEncoder encoder, String issuer, Caller caller, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(caller.subject())
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt);
        caller.claims().forEach(claims::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims.build()))
                .getTokenValue();
    }
}
