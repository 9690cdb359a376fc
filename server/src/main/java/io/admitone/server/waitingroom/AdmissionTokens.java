package io.admitone.server.waitingroom;

import com.nimbusds.jose.jwk.JWK;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.security.TypedJwts;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and checks admission tokens: ES256 JWTs signed with the server's signing key, of type
 * {@code admission+jwt} and with an issuer of their own, so that an admission token is never taken for an access
 * token, nor the other way round. Single use is not the token's business but the gate's.
 */
final class AdmissionTokens {

    static final String TYPE = "admission+jwt";
    static final String ISSUER_SUFFIX = "/waiting-room";

    private final String issuer;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;

    AdmissionTokens(JWK signingKey, String accessTokenIssuer, Clock clock) {
        this.issuer = accessTokenIssuer + ISSUER_SUFFIX;
        this.clock = clock;
        this.encoder = TypedJwts.encoder(signingKey);
        this.decoder = TypedJwts.decoder(signingKey, TYPE);
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(issuer));
        decoder.setJwtValidator(validator);
    }

    String sign(Admission admission) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(admission.tenant() + "/" + admission.performanceId() + "/" + admission.position())
                .issuedAt(clock.instant())
                .expiresAt(admission.expiresAt())
                .claim("org", admission.tenant().toString())
                .claim("performance", admission.performanceId().toString())
                .claim("position", admission.position())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).type(TYPE).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** The admission a token grants, or empty when it is no valid admission token of this server (or expired). */
    Optional<Admission> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(token);
            // as RFC 7519 has it: valid only before the expiry, not at it
            if (!clock.instant().isBefore(jwt.getExpiresAt())) {
                return Optional.empty();
            }
            return Optional.of(new Admission(TenantId.of(jwt.getClaimAsString("org")),
                    UUID.fromString(jwt.getClaimAsString("performance")),
                    ((Number) jwt.getClaims().get("position")).longValue(), jwt.getExpiresAt()));
        } catch (JwtException | IllegalArgumentException | ClassCastException | NullPointerException invalid) {
            return Optional.empty();
        }
    }
}
