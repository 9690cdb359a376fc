package io.admitone.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * S3Proxy, an S3-compatible server, in a process of its own on a free local port, keeping its objects in memory.
 * The build copies its jar from Maven Central into {@code target/s3proxy}; it runs on the test's own JVM binary.
 */
final class S3ProxyProcess implements AutoCloseable {

    static final String ACCESS_KEY = "s3proxy-access-key";
    static final String SECRET_KEY = "s3proxy-secret-key";
    private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

    private final Process process;
    private final String endpoint;

    private S3ProxyProcess(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Whether the build has put the jar in place (it has, unless tests run without Maven's test phases). */
    static Optional<Path> jar() {
        return Files.isRegularFile(JAR) ? Optional.of(JAR) : Optional.empty();
    }

    static S3ProxyProcess start(Path jar, Path workDirectory) throws IOException {
        int port = freePort();
        String endpoint = "http://127.0.0.1:" + port;
        Path properties = Files.writeString(workDirectory.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=transient",
                "jclouds.identity=unused",
                "jclouds.credential=unused"));
        Path log = workDirectory.resolve("s3proxy.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString(),
                "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3ProxyProcess started = new S3ProxyProcess(process, endpoint);
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive() || listening(port));
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Proxy stopped at start-up:\n" + Files.readString(log));
        }
        return started;
    }

    String endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
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
