package io.admitone.benchmarks.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.admitone.benchmarks.common.Api;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * A webhook endpoint on the loopback address that answers {@code 204} at once and keeps everything for later: what
 * arrived, for which subscription (its path) and when. It verifies nothing while receiving, so that it never is what
 * slows the server down. A subscription's receipts are kept in the order they arrived; the server sends the next
 * delivery of a subscription only once the previous one was answered, so that is the order it sent them in.
 */
final class Receiver implements AutoCloseable {

    private static final int NO_BODY = -1;

    private final HttpServer server;
    private final String countedType;
    private final Map<String, Queue<Receipt>> bySubscription = new ConcurrentHashMap<>();
    private final Set<String> counted = ConcurrentHashMap.newKeySet();

    /** Starts receiving; {@link #delivered()} counts the distinct deliveries of messages of {@code countedType}. */
    Receiver(String countedType) {
        this.countedType = countedType;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::receive);
        server.start();
    }

    /** The URL of the subscription named {@code name}: its own path on this receiver. */
    String url(String name) {
        // the address itself rather than "localhost", which may resolve to an address the receiver does not listen on
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/" + name;
    }

    /** Distinct deliveries (subscription and {@code webhook-id}) of the counted type so far. */
    int delivered() {
        return counted.size();
    }

    /** Waits until {@code expected} distinct deliveries arrived; tells {@code progress} the count now and then. */
    void await(int expected, Instant deadline, Duration every, IntConsumer progress) throws InterruptedException {
        Instant nextReport = Instant.now().plus(every);
        while (delivered() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + delivered() + " of " + expected
                        + " deliveries arrived before the timeout");
            }
            if (Instant.now().isAfter(nextReport)) {
                progress.accept(delivered());
                nextReport = nextReport.plus(every);
            }
            Thread.sleep(50);
        }
    }

    /** Every receipt, per subscription in the order it arrived. */
    Map<String, List<Receipt>> receipts() {
        Map<String, List<Receipt>> copy = new TreeMap<>();
        bySubscription.forEach((subscription, receipts) -> copy.put(subscription, List.copyOf(receipts)));
        return copy;
    }

    private void receive(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            Receipt receipt = receipt(exchange, receivedAt, body.readAllBytes());
            bySubscription.computeIfAbsent(receipt.subscription(), path -> new ConcurrentLinkedQueue<>()).add(receipt);
            if (countedType.equals(receipt.type())) {
                counted.add(receipt.subscription() + " " + receipt.webhookId());
            }
            exchange.sendResponseHeaders(204, NO_BODY);
        }
    }

    private static Receipt receipt(HttpExchange exchange, Instant receivedAt, byte[] body) {
        String subscription = exchange.getRequestURI().getPath().substring(1);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        try {
            JsonNode envelope = Api.JSON.readTree(body);
            if (envelope.hasNonNull("type") && envelope.hasNonNull("position") && envelope.hasNonNull("occurredAt")) {
                return new Receipt(subscription, id, timestamp, signature, envelope.get("type").asString(),
                        envelope.get("position").asLong(), Instant.parse(envelope.get("occurredAt").asString()),
                        receivedAt, body);
            }
        } catch (JacksonException | DateTimeParseException notAnEnvelope) {
            // kept as a receipt without a type: counted nowhere, and the summary says how many there were
        }
        return new Receipt(subscription, id, timestamp, signature, null, -1, null, receivedAt, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
