package io.admitone.server.security;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.diagnostics.ProbeRequests;
import io.admitone.server.infrastructure.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

import java.time.Duration;
import java.time.Instant;

class BearerTokensTest extends ServerIntegrationTest {

    @Autowired
    JwtEncoder accessTokenEncoder;

    @Test
    void aTokenSignedByTheServerIsAccepted() {
        String token = sign(accessTokenEncoder, "admitone", Instant.now().plus(Duration.ofMinutes(5)));
        http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        ECKey stranger = TestKeys.newSigningKey();
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(stranger)));
        expectUnauthenticated("Bearer " + sign(forger, "admitone", Instant.now().plus(Duration.ofMinutes(5))));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        expectUnauthenticated("Bearer " + sign(accessTokenEncoder, "admitone", Instant.now().minus(Duration.ofMinutes(5))));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        expectUnauthenticated("Bearer " + sign(accessTokenEncoder, "someone-else", Instant.now().plus(Duration.ofMinutes(5))));
    }

    @Test
    void garbageIsUnauthenticated() {
        expectUnauthenticated("Bearer not.a.token");
    }

    @Test
    void theJwksEndpointPublishesOnlyThePublicKey() {
        http.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("EC")
                .jsonPath("$.keys[0].kid").isNotEmpty()
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        http.get().uri("/api/v1/no-such-thing")
                .exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().exists("Cache-Control");
    }

    private void expectUnauthenticated(String authorization) {
        http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private static String sign(JwtEncoder encoder, String issuer, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("user-1")
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims)).getTokenValue();
    }
}
