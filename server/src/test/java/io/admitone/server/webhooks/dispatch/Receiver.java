package io.admitone.server.webhooks.dispatch;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1: it answers the scripted answers first, then 200, and keeps every request with
 * the moment it arrived.
 */
final class Receiver implements AutoCloseable {

    record Answer(int status, Map<String, String> headers) {

        static Answer status(int status) {
            return new Answer(status, Map.of());
        }
    }

    record Request(long arrivedNanos, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> script;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger mostAnsweredAtOnce = new AtomicInteger();
    private volatile Duration answerTime = Duration.ZERO;

    Receiver(Answer... firstAnswers) {
        this.script = new ArrayDeque<>(List.of(firstAnswers));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            mostAnsweredAtOnce.accumulateAndGet(answering.incrementAndGet(), Math::max);
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(System.nanoTime(), Map.copyOf(exchange.getRequestHeaders()), body));
                Answer answer = next();
                takeTime();
                answer.headers().forEach(exchange.getResponseHeaders()::add);
                exchange.sendResponseHeaders(answer.status(), -1);
            } finally {
                answering.decrementAndGet();
            }
        });
        // each request on a thread of its own, so that requests sent at the same time are answered at the same time
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Answers in {@code time} from now on: a slow receiver, whose requests would overlap if sent at once. */
    Receiver answeringIn(Duration time) {
        answerTime = time;
        return this;
    }

    int mostAnsweredAtOnce() {
        return mostAnsweredAtOnce.get();
    }

    private void takeTime() {
        try {
            Thread.sleep(answerTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Answer next() {
        return script.isEmpty() ? Answer.status(200) : script.poll();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    List<Request> requests() {
        return requests;
    }

    /** The number of each request's event ({@link Occurred#number()}), in the order they arrived. */
    List<Integer> numbers() {
        return requests.stream().map(request -> Integer.parseInt(
                request.body().replaceAll(".*\"number\":(\\d+).*", "$1"))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
