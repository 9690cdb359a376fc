package io.admitone.server.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Starts the embedded PostgreSQL and Redis servers on demand and stops every one it started when the
 * application context closes (which the JVM's shutdown hook also does on SIGTERM or Ctrl-C).
 */
class EmbeddedServers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    DatabaseEndpoint startPostgres(Path dataDir, int port) {
        Path directory = createDirectories(dataDir.resolve("postgres"));
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? freePort() : port)
                    .setRegisterShutdownHook(false)
                    // the library turns it off for tests; a commit that was answered must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            started.push(postgres);
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("Started embedded PostgreSQL at {} with its data in {}", url, directory.toAbsolutePath());
            return new DatabaseEndpoint(url, "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    RedisEndpoint startRedis(Path dataDir, int port) {
        Path directory = createDirectories(dataDir.resolve("redis"));
        int actualPort = port == 0 ? freePort() : port;
        try {
            RedisServer redis = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(actualPort)
                    .setting("dir " + directory.toAbsolutePath())
                    .setting("appendonly yes")
                    .onShutdownForceStop(true)
                    .build();
            redis.start();
            started.push(redis::stop);
            String url = "redis://127.0.0.1:" + actualPort;
            log.info("Started embedded Redis at {} with its data in {}", url, directory.toAbsolutePath());
            return new RedisEndpoint(url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis in " + directory, e);
        }
    }

    @Override
    public void destroy() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
        log.info("Stopped the embedded servers");
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }
}
