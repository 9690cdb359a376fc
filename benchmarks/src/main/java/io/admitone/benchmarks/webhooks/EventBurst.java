package io.admitone.benchmarks.webhooks;

import io.admitone.benchmarks.common.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Causes public events through the API as fast as a few concurrent clients can: each call creates an event in the
 * catalogue, which is one {@value #TYPE} message; a new event is the cheapest public one to make (one command, one
 * new aggregate, nothing to load but the small venue).
 */
final class EventBurst {

    static final String TYPE = "event.created";

    /** When the first call was sent and the last one answered. */
    record Result(Instant startedAt, Instant endedAt) {

        double seconds() {
            return Duration.between(startedAt, endedAt).toNanos() / 1e9;
        }
    }

    private EventBurst() {
    }

    static Result run(Api api, WebhooksSetup.Setup setup, int events, int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        String path = "/api/v1/orgs/" + setup.org() + "/events";
        Instant startedAt = Instant.now();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?>[] running = new Future<?>[concurrency];
            for (int client = 0; client < concurrency; client++) {
                running[client] = clients.submit(() -> {
                    try {
                        for (int n = next.getAndIncrement(); n < events; n = next.getAndIncrement()) {
                            Api.expect(201, api.post(path, Map.of("title", "Webhook benchmark " + n,
                                    "category", "concert", "venueId", setup.venue()), true));
                        }
                    } catch (RuntimeException failed) {
                        next.set(events); // the other clients stop too: the run has failed
                        throw failed;
                    }
                    return null;
                });
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        return new Result(startedAt, Instant.now());
    }
}
