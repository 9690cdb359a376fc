package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import io.admitone.benchmarks.common.Latencies;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far the availability read model trails the holds, three ways: sampled under load (the oldest confirmed hold
 * that a read does not show yet), the catch-up once the buyers stop, and single holds on a quiet server.
 */
final class ProjectionLag {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(100);

    private final Api api;
    private final OnSale onSale;
    private final List<long[]> underLoad = new ArrayList<>();
    private long takenBefore;

    ProjectionLag(Api api, OnSale onSale) {
        this.api = api;
        this.onSale = onSale;
    }

    /** Counts from here on: what availability shows taken now (the warm-up's holds) is left out. */
    void startFromNow() {
        takenBefore = taken();
    }

    /** Reads availability while the buyers run, keeping when each read was sent and the places it showed taken. */
    Thread sampleWhile(Buyers buyers) {
        return Thread.ofVirtual().start(() -> {
            while (buyers.running()) {
                long sent = System.nanoTime();
                underLoad.add(new long[] {sent, taken() - takenBefore});
                sleep(SAMPLE_EVERY);
            }
        });
    }

    /** Each sample's lag: how long before the read the first place it did not show yet had been confirmed. */
    Latencies.Summary underLoad(HeldTimeline timeline) {
        Latencies lags = new Latencies();
        List<Long> recorder = lags.recorder();
        for (long[] sample : underLoad) {
            long firstMissing = timeline.confirmedAt(sample[1] + 1);
            recorder.add(firstMissing < 0 || firstMissing > sample[0] ? 0 : sample[0] - firstMissing);
        }
        return lags.summary();
    }

    /** Milliseconds from the buyers' end until availability shows every confirmed place. */
    double catchUp(HeldTimeline timeline, long buyersEndedAt, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (taken() - takenBefore >= timeline.places()) {
                return Latencies.round(Math.max(0, System.nanoTime() - buyersEndedAt) / 1e6);
            }
            sleep(Duration.ofMillis(5));
        }
        throw new IllegalStateException("Availability did not catch up with the holds within " + atMost);
    }

    /** Holds 2 standing places at a time on a quiet server and waits for availability to show each. */
    Latencies.Summary quiet(int samples) {
        Latencies lags = new Latencies();
        List<Long> recorder = lags.recorder();
        for (int i = 0; i < samples; i++) {
            long before = taken();
            Api.Response hold = api.post(onSale.holdsPath(), Map.of("items", List.of(Map.of(
                    "ticketTypeId", onSale.standing(), "quantity", Buyers.PLACES_PER_HOLD))), false);
            long confirmed = System.nanoTime();
            if (hold.status() != 201) {
                break;
            }
            while (taken() < before + Buyers.PLACES_PER_HOLD) {
                sleep(Duration.ofMillis(2));
            }
            recorder.add(System.nanoTime() - confirmed);
        }
        return lags.summary();
    }

    /** Places held or sold in all sections as availability shows them. */
    long taken() {
        JsonNode availability = Api.expect(200, api.get(onSale.availabilityPath(), false)).body();
        long taken = 0;
        for (JsonNode section : availability.get("sections")) {
            taken += section.get("held").asLong() + section.get("sold").asLong();
        }
        return taken;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
