package io.admitone.server.security;

import io.admitone.server.RunningServer;
import io.admitone.server.diagnostics.ProbeRequests;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The identity provider is down when the server starts: the server starts anyway and catches up once it is back. */
class SingleSignOnProviderOutageTest {

    @Test
    void theServerStartsWithoutTheProviderAnswers503WhileItIsDownAndAcceptsItsTokensOnceItIsUp() {
        try (IdentityProviderStandIn provider = IdentityProviderStandIn.start()) {
            provider.goDown();
            Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
            properties.put("admitone.security.sso.issuer-uri", provider.issuer());

            try (RunningServer server = RunningServer.start(properties)) {
                assertThat(provider.requests()).as("requests to the provider at start-up").isZero();
                String token = provider.sign(provider.claims(TestServers.ADMIN_EMAIL));

                readProbe(server, token).expectStatus().isEqualTo(503)
                        .expectBody().jsonPath("$.code").isEqualTo("unavailable");
                assertThat(provider.requests()).isPositive();

                provider.comeUp();
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readProbe(server, token).expectStatus().isNotFound());
            }
        }
    }

    private static WebTestClient.ResponseSpec readProbe(RunningServer server, String token) {
        return server.http().get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
