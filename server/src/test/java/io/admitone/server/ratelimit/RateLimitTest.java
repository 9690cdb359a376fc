package io.admitone.server.ratelimit;

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

import java.util.UUID;

/** Three probe reads per hour per caller; the group's name is new on every run, so Redis starts empty. */
class RateLimitTest extends ServerIntegrationTest {

    private static final String GROUP = "probes-" + UUID.randomUUID();

    @Autowired
    JwtEncoder accessTokenEncoder;

    @DynamicPropertySource
    static void tightLimit(DynamicPropertyRegistry registry) {
        registry.add("admitone.rate-limits.groups." + GROUP + ".pattern", () -> "/api/v1/admin/probes/*");
        registry.add("admitone.rate-limits.groups." + GROUP + ".requests", () -> "3");
        registry.add("admitone.rate-limits.groups." + GROUP + ".per", () -> "PT1H");
    }

    @Test
    void aCallerOverItsLimitGetsATooManyRequestsProblemWithRetryAfter() {
        String caller = "Bearer " + AccessTokens.valid(accessTokenEncoder, UUID.randomUUID().toString());
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
        String first = "Bearer " + AccessTokens.valid(accessTokenEncoder, UUID.randomUUID().toString());
        String second = "Bearer " + AccessTokens.valid(accessTokenEncoder, UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            readProbe(first).expectStatus().isNotFound();
        }
        readProbe(first).expectStatus().isEqualTo(429);
        readProbe(second).expectStatus().isNotFound();
    }

    @Test
    void anonymousCallersAreLimitedByTheirAddress() {
        for (int i = 0; i < 3; i++) {
            ProbeRequests.read(http, ProbeRequests.UNKNOWN_PROBE).expectStatus().isNotFound();
        }
        ProbeRequests.read(http, ProbeRequests.UNKNOWN_PROBE).expectStatus().isEqualTo(429);
    }

    @Test
    void routesOutsideTheGroupAreNotCountedAgainstIt() {
        String caller = "Bearer " + AccessTokens.valid(accessTokenEncoder, UUID.randomUUID().toString());
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
