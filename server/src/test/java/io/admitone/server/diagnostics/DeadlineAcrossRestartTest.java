package io.admitone.server.diagnostics;

import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

class DeadlineAcrossRestartTest {

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        Map<String, String> infrastructure = TestServers.freshInfrastructure();
        String probeId;
        try (RunningServer before = RunningServer.start(infrastructure)) {
            probeId = before.http().post().uri("/api/v1/admin/probes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("label", "across a restart", "echoAfter", "PT3S"))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("probeId").asString();
        }

        try (RunningServer after = RunningServer.start(infrastructure)) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> after.http().get()
                    .uri("/api/v1/admin/probes/{id}", probeId)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.label").isEqualTo("across a restart")
                    .jsonPath("$.status").isEqualTo("ECHOED"));
        }
    }
}
