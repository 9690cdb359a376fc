package io.admitone.server.webhooks;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On the default configuration webhooks go to public addresses only, and only to known event types. */
class WebhookTargetsTest extends ServerIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hooks", "http://localhost/hooks", "https://10.1.2.3/hooks",
            "http://192.168.0.10/hooks", "http://169.254.169.254/latest/meta-data", "http://[::1]/hooks",
            "http://[fd00::1]/hooks", "ftp://example.com/hooks", "https://user:secret@example.com/hooks", "/hooks"})
    void aSubscriptionToAPrivateOrMalformedTargetIsRefused(String url) {
        String org = createOrganisation("targets");
        member(org, StaffRole.INTEGRATOR).post().uri("/api/v1/orgs/{org}/webhooks", org)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", url, "eventTypes", List.of("order.*")))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://admitone.io/problems/invalid-webhook-subscription");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.paid", "orders.*", "", "payment.*"})
    void aSubscriptionToAnUnknownEventTypeIsRefused(String type) {
        String org = createOrganisation("types");
        member(org, StaffRole.INTEGRATOR).post().uri("/api/v1/orgs/{org}/webhooks", org)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://93.184.216.34/hooks", "eventTypes", List.of(type)))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("event type"));
    }
}
