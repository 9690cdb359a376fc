package io.admitone.server.infrastructure;

import io.admitone.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import io.admitone.server.diagnostics.ProbeRequests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The zero-configuration path: the server starts its own PostgreSQL and Redis and stops them again. */
class EmbeddedModeTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutConfigurationTheServerRunsOnEmbeddedServersThatKeepDataAndDieWithIt() throws IOException {
        Map<String, String> embedded = Map.of("admitone.data-dir", dataDir.toString());
        String probeId;
        String signingKeyId;
        List<ProcessHandle> servers;
        try (RunningServer first = RunningServer.start(embedded)) {
            first.http().get().uri("/actuator/health").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
            probeId = ProbeRequests.started(first.admin(), "kept", "PT1H");
            signingKeyId = signingKeyId(first);
            servers = List.of(postgresProcess(), redisProcess(first));
            assertThat(servers).allMatch(ProcessHandle::isAlive);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> servers.stream().noneMatch(ProcessHandle::isAlive));

        try (RunningServer second = RunningServer.start(embedded)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ProbeRequests.read(second.admin(), probeId)
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.label").isEqualTo("kept"));
            assertThat(signingKeyId(second)).as("the development signing key is kept").isEqualTo(signingKeyId);
        }
    }

    private static String signingKeyId(RunningServer server) {
        return server.http().get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("keys").get(0).get("kid").asString();
    }

    private ProcessHandle postgresProcess() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    /** The server's own Redis, told apart by its port from any other embedded Redis of the test run. */
    private static ProcessHandle redisProcess(RunningServer server) {
        String port = ":" + URI.create(server.context().getBean(RedisEndpoint.class).url()).getPort();
        return ProcessHandle.current().descendants()
                .filter(p -> commandLine(p).contains("redis-server") && commandLine(p).contains(port))
                .findFirst().orElseThrow();
    }

    /** Redis rewrites its process title to show its address; Java's process info does not read that. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
