package io.admitone.benchmarks.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The server jar on its default configuration (embedded PostgreSQL and Redis) in a fresh data directory. The only
 * settings given are the ports, the admin's password, a request budget per caller that a single load generator
 * cannot exhaust (all its calls come from one address, which the default limit would throttle to 20 requests a
 * second) and whatever a benchmark adds.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@admitone.local";

    public final int httpPort = freePort();
    public final int postgresPort = freePort();
    public final String adminPassword = "bench-" + UUID.randomUUID();
    public final Path log;
    private final Process process;

    /** Starts the server; {@code settings} are environment variables beyond the defaults, such as a feature switch. */
    public ServerProcess(Path jar, Path workDir, Map<String, String> settings) {
        log = workDir.resolve("server.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "ADMITONE_DATA_DIR", workDir.resolve("data").toAbsolutePath().toString(),
                "ADMITONE_ADMIN_PASSWORD", adminPassword,
                "SERVER_PORT", Integer.toString(httpPort),
                "ADMITONE_EMBEDDED_POSTGRES_PORT", Integer.toString(postgresPort),
                "ADMITONE_RATE_LIMITS_GROUPS_API_REQUESTS", "100000000"));
        builder.environment().putAll(settings);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    public void awaitHealthy(Duration atMost) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not healthy within " + atMost + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
