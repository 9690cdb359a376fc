package io.admitone.benchmarks.onsale;

import java.nio.file.Path;
import java.time.Duration;

/** What a run is asked to do; every option has a default. */
record Options(int concurrency, Duration duration, Duration warmup, Path serverJar, Path resultsDir, Path workDir,
               int lagSamples, Checkout checkout) {

    static Options parse(String[] args) {
        int concurrency = 32;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(60);
        Path serverJar = Path.of("server/target/admitone-server.jar");
        Path resultsDir = Path.of("benchmarks/results");
        Path workDir = null;
        int lagSamples = 20;
        Checkout checkout = new TestCardCheckout();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
                case "--server-jar" -> serverJar = Path.of(value);
                case "--results" -> resultsDir = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                case "--lag-samples" -> lagSamples = Integer.parseInt(value);
                case "--checkout" -> checkout = switch (value) {
                    case "test-card" -> new TestCardCheckout();
                    case "none" -> Checkout.NONE;
                    default -> throw new IllegalArgumentException("--checkout is test-card or none, not " + value);
                };
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            i++;
        }
        if (workDir == null) {
            throw new IllegalArgumentException("--work-dir is required");
        }
        return new Options(concurrency, duration, warmup, serverJar, resultsDir, workDir, lagSamples, checkout);
    }
}
