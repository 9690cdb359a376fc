package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.ResultFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes a run's numbers as {@code onsale-latest.json} and its summary as {@code onsale-latest.md}. */
final class Report {

    private Report() {
    }

    static void write(Path dir, Map<String, Object> numbers) throws IOException {
        ResultFiles.write(dir, "onsale", numbers, summary(numbers));
    }

    private static String summary(Map<String, Object> n) {
        return """
                # On-sale benchmark, %s

                %s buyers for %s s (after a %s s warm-up) on %s CPUs against a server on its default configuration (embedded PostgreSQL \
                and Redis), a stadium of %,d places (20 seated sections of 1,000 and a standing field of 30,000).

                | measure | value | target |
                | --- | --- | --- |
                | holds per second | %s | |
                | orders per second | %s | |
                | hold latency p50 / p95 / p99 | %s / %s / %s ms | p99 < 50 ms |
                | baseline (UPDATE quota + INSERT) per second | %s | |
                | ratio holds / baseline | %s | >= 1.0 |
                | oversold | %s | 0 |
                | projection lag p50 / p99 under load | %s / %s ms | p99 < 1,000 ms |
                | projection catch-up after the buyers stop | %s ms | |
                | projection lag p99, single holds on a quiet server | %s ms | |
                | rejected hold attempts by status | %s | |
                """.formatted(n.get("finishedAt"), n.get("concurrency"), n.get("durationSeconds"), n.get("warmupSeconds"),
                n.get("availableProcessors"), n.get("capacity"), n.get("holdsPerSecond"), n.get("ordersPerSecond"),
                n.get("holdP50Ms"), n.get("holdP95Ms"), n.get("holdP99Ms"), n.get("baselineTps"), n.get("ratio"),
                n.get("oversold"), n.get("projectionLagP50Ms"), n.get("projectionLagP99Ms"), n.get("projectionCatchUpMs"),
                n.get("projectionLagQuietP99Ms"), n.get("rejectedHolds"));
    }
}
