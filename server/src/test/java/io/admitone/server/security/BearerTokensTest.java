package io.admitone.server.security;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import io.admitone.kernel.access.Caller;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.diagnostics.ProbeRequests;
import io.admitone.server.infrastructure.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

class BearerTokensTest extends ServerIntegrationTest {

    private static final Caller USER = new Caller("user-1", false, Map.of());

    @Autowired
    JwtEncoder accessTokenEncoder;

    @Test
    void aTokenSignedByTheServerIsAccepted() {
        String token = AccessTokens.platformAdmin(accessTokenEncoder);
        http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aStaffRouteWithoutATokenIsUnauthenticated() {
        http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    @Test
    void aPlatformAdminRouteIsForbiddenToOtherStaff() {
        http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.valid(accessTokenEncoder, "user-1"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        ECKey stranger = TestKeys.newSigningKey();
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(stranger)));
        expectUnauthenticated("Bearer " + AccessTokens.valid(forger, "user-1"));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        expectUnauthenticated("Bearer " + AccessTokens.sign(accessTokenEncoder, "admitone", USER, Instant.now().minus(Duration.ofMinutes(5))));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        expectUnauthenticated("Bearer " + AccessTokens.sign(accessTokenEncoder, "someone-else", USER, Instant.now().plus(Duration.ofMinutes(5))));
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
}
