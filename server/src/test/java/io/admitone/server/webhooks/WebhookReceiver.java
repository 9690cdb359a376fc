package io.admitone.server.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and answers each with the next planned answer (204
 * once the plan is used up). It can answer slowly, and go down and come back on the same port, like a receiver
 * being deployed.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: headers by name (any case), the body, the status it was answered and when. */
    public record Received(Map<String, List<String>> headers, String body, int status, Instant at) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }
    }

    /** A planned answer: a status and the headers to send with it. */
    public record Answer(int status, Map<String, String> headers) {

        public static Answer status(int status) {
            return new Answer(status, Map.of());
        }
    }

    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> plan = new ArrayDeque<>();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger mostAnsweredAtOnce = new AtomicInteger();
    private volatile Duration answerTime = Duration.ZERO;
    private HttpServer server;
    private int port;

    /** A receiver listening, that answers {@code firstAnswers} first. */
    public static WebhookReceiver start(Answer... firstAnswers) {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.plan.addAll(List.of(firstAnswers));
        receiver.up();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/webhooks";
    }

    /** The next requests after those already planned are answered with this status. */
    public synchronized void answerNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            plan.add(Answer.status(status));
        }
    }

    /** Forgets the answers still planned: every request from now on is answered 204. */
    public synchronized void recover() {
        plan.clear();
    }

    /** Answers in {@code time} from now on: a slow receiver, whose requests would overlap if sent at once. */
    public WebhookReceiver answeringIn(Duration time) {
        answerTime = time;
        return this;
    }

    public int mostAnsweredAtOnce() {
        return mostAnsweredAtOnce.get();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered 2xx, in the order they came. */
    public synchronized List<Received> accepted() {
        return received.stream().filter(r -> r.status() / 100 == 2).toList();
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        server.stop(0);
        server = null;
    }

    /** Listens again, on the same port as before if there was one. */
    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.createContext("/", this::handle);
            // each request on a thread of its own, so that requests sent at the same time are answered at the same time
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostAnsweredAtOnce.accumulateAndGet(answering.incrementAndGet(), Math::max);
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Answer answer;
            synchronized (this) {
                answer = plan.isEmpty() ? Answer.status(204) : plan.removeFirst();
                received.add(new Received(headers, body, answer.status(), Instant.now()));
            }
            Thread.sleep(answerTime);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answering.decrementAndGet();
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
