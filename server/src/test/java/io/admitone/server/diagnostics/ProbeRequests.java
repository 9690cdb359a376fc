package io.admitone.server.diagnostics;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** The probe API's calls, for tests that use probes to exercise the server. */
public final class ProbeRequests {

    public static final String UNKNOWN_PROBE = "0b6f43f4-95a6-4ac8-9d7c-0fbc2c3d1c55";

    private ProbeRequests() {
    }

    public static WebTestClient.ResponseSpec start(WebTestClient http, String label, String echoAfter) {
        return http.post().uri("/api/v1/admin/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("label", label, "echoAfter", echoAfter))
                .exchange();
    }

    /** Starts a probe, expects it to be accepted, and returns its id. */
    public static String started(WebTestClient http, String label, String echoAfter) {
        return start(http, label, echoAfter)
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("probeId").asString();
    }

    public static WebTestClient.ResponseSpec read(WebTestClient http, String probeId) {
        return http.get().uri("/api/v1/admin/probes/{id}", probeId).exchange();
    }
}
