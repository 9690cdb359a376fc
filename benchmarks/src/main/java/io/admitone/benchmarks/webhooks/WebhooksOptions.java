package io.admitone.benchmarks.webhooks;

import java.nio.file.Path;
import java.time.Duration;

/** What a run is asked to do; every option but the work directory has a default. */
record WebhooksOptions(int events, int subscriptions, int concurrency, Duration timeout, int verifyEvery,
                       Path serverJar, Path resultsDir, Path workDir) {

    static WebhooksOptions parse(String[] args) {
        int events = 10_000;
        int subscriptions = 5;
        int concurrency = 8;
        Duration timeout = Duration.ofMinutes(15);
        int verifyEvery = 100;
        Path serverJar = Path.of("server/target/admitone-server.jar");
        Path resultsDir = Path.of("benchmarks/results");
        Path workDir = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(value);
                case "--subscriptions" -> subscriptions = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value));
                case "--verify-every" -> verifyEvery = Integer.parseInt(value);
                case "--server-jar" -> serverJar = Path.of(value);
                case "--results" -> resultsDir = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            i++;
        }
        if (workDir == null) {
            throw new IllegalArgumentException("--work-dir is required");
        }
        if (events < 1 || subscriptions < 1 || concurrency < 1 || verifyEvery < 0) {
            throw new IllegalArgumentException("--events, --subscriptions and --concurrency must be at least 1, "
                    + "--verify-every at least 0");
        }
        return new WebhooksOptions(events, subscriptions, concurrency, timeout, verifyEvery, serverJar, resultsDir,
                workDir);
    }

    int expectedDeliveries() {
        return events * subscriptions;
    }
}
