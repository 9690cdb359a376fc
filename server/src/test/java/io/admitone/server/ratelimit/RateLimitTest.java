package io.admitone.server.ratelimit;

import io.admitone.kernel.access.Caller;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.diagnostics.ProbeRequests;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

/** Three requests per hour per caller; the groups' names are new on every run, so Redis starts empty. */
class RateLimitTest extends ServerIntegrationTest {

    private static final String GROUP = "probes-" + UUID.randomUUID();
    private static final String SIGN_IN_GROUP = "sign-in-" + UUID.randomUUID();

    @Autowired
    JwtEncoder accessTokenEncoder;

    @DynamicPropertySource
    static void tightLimit(DynamicPropertyRegistry registry) {
        registry.add("admitone.rate-limits.groups." + GROUP + ".pattern", () -> "/api/v1/admin/probes/*");
        registry.add("admitone.rate-limits.groups." + GROUP + ".requests", () -> "3");
        registry.add("admitone.rate-limits.groups." + GROUP + ".per", () -> "PT1H");
        registry.add("admitone.rate-limits.groups." + SIGN_IN_GROUP + ".pattern", () -> "/api/v1/auth/token");
        registry.add("admitone.rate-limits.groups." + SIGN_IN_GROUP + ".requests", () -> "3");
        registry.add("admitone.rate-limits.groups." + SIGN_IN_GROUP + ".per", () -> "PT1H");
    }

    @Test
    void aCallerOverItsLimitGetsATooManyRequestsProblemWithRetryAfter() {
        String caller = "Bearer " + AccessTokens.forCaller(accessTokenEncoder, new Caller(UUID.randomUUID().toString(), true, Map.of()));
        for (int i = 0; i < 3; i++) {
            readProbe(caller).expectStatus().isNotFound();
        }
        readProbe(caller)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1200")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("rate-limited");
    }

    @Test
    void eachCallerHasABudgetOfItsOwn() {
        String first = "Bearer " + AccessTokens.forCaller(accessTokenEncoder, new Caller(UUID.randomUUID().toString(), true, Map.of()));
        String second = "Bearer " + AccessTokens.forCaller(accessTokenEncoder, new Caller(UUID.randomUUID().toString(), true, Map.of()));
        for (int i = 0; i < 3; i++) {
            readProbe(first).expectStatus().isNotFound();
        }
        readProbe(first).expectStatus().isEqualTo(429);
        readProbe(second).expectStatus().isNotFound();
    }

    @Test
    void anonymousCallersAreLimitedByTheirAddress() {
        for (int i = 0; i < 3; i++) {
            signIn().expectStatus().isUnauthorized();
        }
        signIn().expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec signIn() {
        return http.post().uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "nobody@example.com", "password", "not the password"))
                .exchange();
    }

    @Test
    void routesOutsideTheGroupAreNotCountedAgainstIt() {
        String caller = "Bearer " + AccessTokens.forCaller(accessTokenEncoder, new Caller(UUID.randomUUID().toString(), true, Map.of()));
        for (int i = 0; i < 5; i++) {
            http.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, caller).exchange().expectStatus().isOk();
        }
        readProbe(caller).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec readProbe(String authorization) {
        return http.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
    }
}
