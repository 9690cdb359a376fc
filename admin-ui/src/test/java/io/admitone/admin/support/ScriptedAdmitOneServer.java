package io.admitone.admin.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for the AdmitOne server, which runs as another process. It answers the
 * token endpoint with whatever the test arranges and remembers what it was sent.
 */
public final class ScriptedAdmitOneServer implements AutoCloseable {

    public static final String TOKEN_PATH = "/api/v1/auth/token";
    public static final String CALLER_PATH = "/api/v1/me";

    public record Received(String method, String contentType, String body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = new Answer(500, "text/plain", "no answer arranged");

    private ScriptedAdmitOneServer(HttpServer server) {
        this.server = server;
        server.createContext(TOKEN_PATH, this::handle);
        server.createContext(CALLER_PATH, ScriptedAdmitOneServer::callerWithoutMemberships);
        server.start();
    }

    public static ScriptedAdmitOneServer start() {
        return startOn(0);
    }

    public static ScriptedAdmitOneServer startOn(int port) {
        try {
            return new ScriptedAdmitOneServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scripted AdmitOne server on port " + port, e);
        }
    }

    /** A port on which nothing listens right now. */
    public static int unusedPort() {
        try (ScriptedAdmitOneServer probe = start()) {
            return probe.url().getPort();
        }
    }

    public ScriptedAdmitOneServer answering(int status, String contentType, String body) {
        this.answer = new Answer(status, contentType, body);
        return this;
    }

    public ScriptedAdmitOneServer issuing(String accessToken) {
        return answering(200, "application/json", "{\"accessToken\":\"" + accessToken + "\",\"tokenType\":\"Bearer\"}");
    }

    public ScriptedAdmitOneServer rejecting(int status, String problemJson) {
        return answering(status, "application/problem+json", problemJson);
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer now = answer;
            byte[] bytes = now.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", now.contentType());
            exchange.sendResponseHeaders(now.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Whoever presents the issued token is a staff member of no organisation yet. */
    private static void callerWithoutMemberships(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = "{\"subject\":\"0b0e7c8e-3f4a-4d7e-9d1c-6c1f2f6a8b10\",\"platformAdmin\":false,\"memberships\":{}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
