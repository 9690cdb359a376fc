package io.admitone.admin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real AdmitOne server, started once per test run from the jar the build made, as another process: the admin
 * UI reaches it over HTTP only, as in production. It runs on the PostgreSQL and Redis named by
 * {@code ADMITONE_TEST_DB_URL} and {@code ADMITONE_TEST_REDIS_URL} (a database of its own, dropped at the end) or,
 * with neither set, on its embedded ones in a temporary data directory.
 */
public final class AdmitOneServerProcess implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@admitone.test";
    public static final String ADMIN_PASSWORD = "platform-admin-" + UUID.randomUUID();

    private static AdmitOneServerProcess running;

    private final int port = freePort();
    private final Path log;
    private final Process process;

    private AdmitOneServerProcess(Map<String, String> extraSettings) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("admitone.server.jar", "target/server/admitone-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The admin UI's tests need the server jar at " + jar.toAbsolutePath()
                    + "; build the whole project (mvn verify) so that the server is packaged first");
        }
        Path workDir = Files.createTempDirectory("admitone-ui-server");
        log = workDir.resolve("server.log");
        Map<String, String> settings = new HashMap<>(Map.of(
                "SERVER_PORT", Integer.toString(port),
                "ADMITONE_DATA_DIR", workDir.resolve("data").toString(),
                "ADMITONE_ADMIN_EMAIL", ADMIN_EMAIL,
                "ADMITONE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // Every call of the tests comes from one address; the default budget per address would throttle it.
                "ADMITONE_RATE_LIMITS_GROUPS_API_REQUESTS", "100000000",
                // Sign-ins and invitations of every test, and of other runs sharing the Redis, count against one address.
                "ADMITONE_RATE_LIMITS_GROUPS_AUTH_REQUESTS", "100000000",
                // Webhook tests deliver to a receiver on this machine.
                "ADMITONE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"));
        String redis = System.getenv("ADMITONE_TEST_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            settings.put("ADMITONE_REDIS_URL", redis);
        }
        String database = System.getenv("ADMITONE_TEST_DB_URL");
        if (database != null && !database.isBlank()) {
            settings.put("ADMITONE_DB_URL", ownDatabaseOn(database));
            settings.put("ADMITONE_DB_USER", System.getenv().getOrDefault("ADMITONE_TEST_DB_USER", "postgres"));
            settings.put("ADMITONE_DB_PASSWORD", System.getenv().getOrDefault("ADMITONE_TEST_DB_PASSWORD", ""));
            settings.put("ADMITONE_JWT_SIGNING_KEY", printed(jar, "--generate-signing-key"));
            settings.put("ADMITONE_SEALING_KEY", printed(jar, "--generate-sealing-key"));
        }
        // C1 only: the server starts in about half the CPU time, which is what a UI test waits for.
        settings.putAll(extraSettings);
        ProcessBuilder builder = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(settings);
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitHealthy(Duration.ofMinutes(5));
    }

    /** The server of this test run, started on first use. */
    public static synchronized AdmitOneServerProcess get() {
        if (running == null) {
            running = startWith(Map.of());
        }
        return running;
    }

    /** A server of its own, with settings (environment variables) beyond the test run's; close it when done. */
    public static AdmitOneServerProcess startWith(Map<String, String> extraSettings) {
        try {
            return new AdmitOneServerProcess(extraSettings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitHealthy(Duration atMost) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The AdmitOne server stopped while starting; its log is " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(url().resolve("/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The server opens its port last.
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The AdmitOne server was not healthy within " + atMost + "; its log is " + log);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String ownDatabaseOn(String baseUrl) {
        String name = "admitone_ui_" + UUID.randomUUID().toString().replace("-", "");
        execute(baseUrl, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(baseUrl, "drop database if exists " + name + " with (force)")));
        int query = baseUrl.indexOf('?');
        String withoutQuery = query < 0 ? baseUrl : baseUrl.substring(0, query);
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + name
                + (query < 0 ? "" : baseUrl.substring(query));
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("ADMITONE_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("ADMITONE_TEST_DB_PASSWORD", ""))) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test PostgreSQL", e);
        }
    }

    private static String printed(Path jar, String option) throws IOException, InterruptedException {
        Process generator = new ProcessBuilder(java(), "-jar", jar.toAbsolutePath().toString(), option).start();
        String printed = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (generator.waitFor() != 0 || printed.isEmpty()) {
            throw new IllegalStateException("The server jar printed no key for " + option);
        }
        return printed;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
