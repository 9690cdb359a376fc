package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import io.admitone.benchmarks.common.Latencies;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N buyers on virtual threads, each holding 2 places in a loop until the time is up or everything is sold out:
 * standing places in proportion to the field's share of the capacity, else the best 2 seats of a random zone.
 */
final class Buyers {

    static final int PLACES_PER_HOLD = 2;

    private final Api api;
    private final OnSale onSale;
    private final Checkout checkout;
    final Latencies holdLatencies = new Latencies();
    final Latencies orderLatencies = new Latencies();
    final HeldTimeline timeline = new HeldTimeline();
    final AtomicLong holds = new AtomicLong();
    final AtomicLong orders = new AtomicLong();
    final Map<Integer, AtomicLong> rejections = new ConcurrentHashMap<>();
    private final Set<String> soldOut = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    Buyers(Api api, OnSale onSale, Checkout checkout) {
        this.api = api;
        this.onSale = onSale;
        this.checkout = checkout;
    }

    /** Runs the buyers and answers how long they ran. */
    Duration run(int concurrency, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                executor.submit(() -> buy(end));
            }
        }
        running = false;
        return Duration.ofNanos(System.nanoTime() - start);
    }

    boolean running() {
        return running;
    }

    private void buy(long end) {
        List<Long> holdTimes = holdLatencies.recorder();
        List<Long> orderTimes = orderLatencies.recorder();
        while (System.nanoTime() < end && soldOut.size() < onSale.zones().size() + 1) {
            String ticketType = pick();
            long sent = System.nanoTime();
            Api.Response answer = api.post(onSale.holdsPath(), Map.of("items", List.of(
                    Map.of("ticketTypeId", ticketType, "quantity", PLACES_PER_HOLD))), false);
            long answered = System.nanoTime();
            if (answer.status() == 201) {
                holdTimes.add(answered - sent);
                holds.incrementAndGet();
                timeline.confirmed(answered, PLACES_PER_HOLD);
                order(answer, orderTimes);
            } else {
                rejections.computeIfAbsent(answer.status(), status -> new AtomicLong()).incrementAndGet();
                if (answer.status() == 409 && "sold-out".equals(answer.body().path("code").asString())) {
                    soldOut.add(ticketType);
                }
            }
        }
    }

    private void order(Api.Response hold, List<Long> orderTimes) {
        if (!checkout.enabled()) {
            return;
        }
        long sent = System.nanoTime();
        if (checkout.order(api, onSale, hold.body())) {
            orderTimes.add(System.nanoTime() - sent);
            orders.incrementAndGet();
        }
    }

    private String pick() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            String ticketType = random.nextInt(onSale.capacity()) < OnSaleSetup.STANDING ? onSale.standing()
                    : onSale.zones().get(random.nextInt(onSale.zones().size()));
            if (!soldOut.contains(ticketType)) {
                return ticketType;
            }
        }
        return onSale.standing();
    }
}
