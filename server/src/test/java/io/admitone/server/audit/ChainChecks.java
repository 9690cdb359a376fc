package io.admitone.server.audit;

import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** An organisation's hash chain as a client checks it: verified over HTTP, or through the command line. */
final class ChainChecks {

    private ChainChecks() {
    }

    static JsonNode verify(WebTestClient client, String org) {
        return client.get().uri("/api/v1/orgs/{org}/audit/verify", org).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The report once the chain links {@code events} events and none waits to be linked. */
    static JsonNode awaitChained(WebTestClient client, String org, int events) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> verify(client, org),
                report -> report.get("events").asLong() >= events && report.get("unchained").asLong() == 0);
    }

    /** Runs {@code audit ...} as the server's main would; its exit status and what it printed. */
    static Outcome commandLine(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = AuditCommandLine.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Outcome(status, printed.toString(StandardCharsets.UTF_8));
    }

    record Outcome(int status, String output) {
    }
}
