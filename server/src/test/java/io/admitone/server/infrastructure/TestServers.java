package io.admitone.server.infrastructure;

import io.admitone.server.security.SealingKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL and Redis servers tests run against: the machine's when {@code ADMITONE_TEST_DB_URL} and
 * {@code ADMITONE_TEST_REDIS_URL} are set, otherwise embedded ones started once per test run. Each caller
 * gets a database of its own, dropped when the test run ends.
 */
public final class TestServers {

    private static final EmbeddedServers EMBEDDED = new EmbeddedServers();
    /** Production mode needs a configured signing key; tests share one. */
    public static final String SIGNING_KEY = TestKeys.newSigningKey().toJSONString();
    /** Production mode needs a configured sealing key too. */
    public static final String SEALING_KEY = SealingKeys.generate();
    /** The platform admin every test server bootstraps. */
    public static final String ADMIN_EMAIL = "admin@admitone.test";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    private static DatabaseEndpoint server;
    private static RedisEndpoint redis;

    private TestServers() {
    }

    /** Properties that point a server at a fresh database and the test Redis. */
    public static synchronized Map<String, String> freshInfrastructure() {
        DatabaseEndpoint database = freshDatabase();
        return Map.ofEntries(
                Map.entry("admitone.db.url", database.url()),
                Map.entry("admitone.db.user", database.user()),
                Map.entry("admitone.db.password", database.password() == null ? "" : database.password()),
                // Many servers run side by side in one test run on one PostgreSQL (100 connections by default),
                // each with over a dozen processors whose threads keep a connection of their own alive, and a
                // request needs one more: each server may have sixteen at most (five stay cached, see
                // spring.properties), and keeps only the connections it is using.
                Map.entry("spring.datasource.hikari.maximum-pool-size", "16"),
                Map.entry("spring.datasource.hikari.minimum-idle", "0"),
                Map.entry("spring.datasource.hikari.idle-timeout", "10000"),
                Map.entry("admitone.redis.url", redis().url()),
                Map.entry("admitone.security.jwt.signing-key", SIGNING_KEY),
                Map.entry("admitone.security.sealing-key", SEALING_KEY),
                // Every test calls from 127.0.0.1 into one Redis; the default budget would be shared by all of them.
                Map.entry("admitone.rate-limits.groups.api.requests", "1000000"),
                Map.entry("admitone.rate-limits.groups.auth.requests", "1000000"),
                Map.entry("admitone.admin.email", ADMIN_EMAIL),
                Map.entry("admitone.admin.password", ADMIN_PASSWORD));
    }

    private static DatabaseEndpoint freshDatabase() {
        DatabaseEndpoint base = databaseServer();
        String name = "admitone_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(base, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(base, "drop database if exists " + name + " with (force)")));
        return new DatabaseEndpoint(withDatabase(base.url(), name), base.user(), base.password());
    }

    private static DatabaseEndpoint databaseServer() {
        if (server == null) {
            String url = System.getenv("ADMITONE_TEST_DB_URL");
            server = url == null || url.isBlank()
                    ? EMBEDDED.startPostgres(temporaryDirectory(), 0)
                    : new DatabaseEndpoint(url, env("ADMITONE_TEST_DB_USER", "postgres"), System.getenv("ADMITONE_TEST_DB_PASSWORD"));
            Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopEmbedded));
        }
        return server;
    }

    private static RedisEndpoint redis() {
        if (redis == null) {
            String url = System.getenv("ADMITONE_TEST_REDIS_URL");
            redis = url == null || url.isBlank() ? EMBEDDED.startRedis(temporaryDirectory(), 0) : new RedisEndpoint(url);
        }
        return redis;
    }

    private static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static void execute(DatabaseEndpoint endpoint, String sql) {
        try (Connection connection = DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + endpoint, e);
        }
    }

    private static void stopEmbedded() {
        try {
            EMBEDDED.destroy();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("admitone-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
