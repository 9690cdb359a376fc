package io.admitone.admin.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP receiver on 127.0.0.1 that takes every message the test server sends it and answers 204. */
final class WebhookReceiver implements AutoCloseable {

    /** A message as received: how it was sent ({@code live}, {@code redelivery}, {@code replay}) and its body. */
    record Message(String kind, String body) {
    }

    private final HttpServer server;
    private final List<Message> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Message> received() {
        return List.copyOf(received);
    }

    List<String> kindsReceived() {
        return received.stream().map(Message::kind).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Message(exchange.getRequestHeaders().getFirst("admitone-delivery-kind"), body));
            exchange.sendResponseHeaders(204, -1);
        }
    }
}
