package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import io.admitone.benchmarks.common.Latencies;
import io.admitone.benchmarks.common.ServerProcess;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The on-sale benchmark from start to finish; {@code benchmarks/run} builds and starts it. */
public final class OnSaleBenchmark {

    /** What buyers do after holding; orders join here when they exist (see {@link Checkout}). */
    private OnSaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.workDir());
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("concurrency", options.concurrency());
        numbers.put("warmupSeconds", options.warmup().toSeconds());
        numbers.put("capacity", OnSaleSetup.CAPACITY);
        numbers.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        numbers.put("startedAt", Instant.now().toString());
        try (ServerProcess server = new ServerProcess(options.serverJar(), options.workDir(), Map.of())) {
            log("starting the server on port " + server.httpPort + " (log: " + server.log + ")");
            server.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(server.baseUrl());
            api.signIn(ServerProcess.ADMIN_EMAIL, server.adminPassword);
            log("setting up the on-sale");
            OnSale onSale = new OnSaleSetup(api).build(Duration.ofMinutes(2));
            sell(options, api, onSale, numbers);
            log("checking for oversold places");
            OversellCheck.Result oversell = OversellCheck.check(api, onSale, server.jdbcUrl());
            numbers.put("oversold", oversell.oversold());
            numbers.put("oversoldFromAvailability", oversell.availabilityOversold());
            numbers.put("oversoldFromEventStoreReplay", oversell.replayOversold());
            numbers.put("replayedPartitionEvents", oversell.replayedEvents());
            log("running the PostgreSQL baseline");
            baseline(options, server.jdbcUrl(), numbers);
            log("stopping the server");
        }
        numbers.put("finishedAt", Instant.now().toString());
        Report.write(options.resultsDir(), order(numbers));
        log("wrote " + options.resultsDir().resolve("onsale-latest.json"));
        System.out.print(Files.readString(options.resultsDir().resolve("onsale-latest.md")));
    }

    private static void sell(Options options, Api api, OnSale onSale, Map<String, Object> numbers) {
        Buyers buyers = new Buyers(api, onSale, options.checkout());
        ProjectionLag lag = new ProjectionLag(api, onSale);
        try {
            warmUp(options, api, onSale, lag);
            log(options.concurrency() + " buyers for " + options.duration().toSeconds() + " s");
            Thread sampler = lag.sampleWhile(buyers);
            Duration ran = buyers.run(options.concurrency(), options.duration());
            long ended = System.nanoTime();
            sampler.join();
            sales(options.checkout(), buyers, ran.toNanos() / 1e9, numbers);
            lag(options, lag, buyers.timeline, ended, numbers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sales(Checkout checkout, Buyers buyers, double seconds, Map<String, Object> numbers) {
        Latencies.Summary holds = buyers.holdLatencies.summary();
        numbers.put("holds", buyers.holds.get());
        numbers.put("holdsPerSecond", Latencies.round(buyers.holds.get() / seconds));
        numbers.put("ordersPerSecond", checkout.enabled() ? Latencies.round(buyers.orders.get() / seconds) : null);
        numbers.put("holdP50Ms", holds.percentileMs(50));
        numbers.put("holdP95Ms", holds.percentileMs(95));
        numbers.put("holdP99Ms", holds.percentileMs(99));
        numbers.put("holdMaxMs", holds.percentileMs(100));
        numbers.put("orderP99Ms", buyers.orderLatencies.summary().percentileMs(99));
        numbers.put("rejectedHolds", new TreeMap<>(buyers.rejections));
        numbers.put("durationSeconds", Latencies.round(seconds));
    }

    private static void lag(Options options, ProjectionLag lag, HeldTimeline timeline, long buyersEndedAt,
                            Map<String, Object> numbers) {
        Latencies.Summary underLoad = lag.underLoad(timeline);
        numbers.put("projectionLagP99Ms", underLoad.percentileMs(99));
        numbers.put("projectionLagP50Ms", underLoad.percentileMs(50));
        numbers.put("projectionLagSamples", underLoad.count());
        numbers.put("projectionCatchUpMs", lag.catchUp(timeline, buyersEndedAt, Duration.ofMinutes(2)));
        numbers.put("projectionLagQuietP99Ms", lag.quiet(options.lagSamples()).percentileMs(99));
    }

    /** The same buyers for a while first, so that neither the server's nor our JIT is measured cold. */
    private static void warmUp(Options options, Api api, OnSale onSale, ProjectionLag lag) throws InterruptedException {
        if (!options.warmup().isZero()) {
            log("warming up for " + options.warmup().toSeconds() + " s");
            Buyers warmUp = new Buyers(api, onSale, options.checkout());
            warmUp.run(options.concurrency(), options.warmup());
            lag.catchUp(warmUp.timeline, System.nanoTime(), Duration.ofMinutes(2));
        }
        lag.startFromNow();
    }

    private static void baseline(Options options, String jdbcUrl, Map<String, Object> numbers) throws Exception {
        if (!options.warmup().isZero()) {
            Baseline.run(jdbcUrl, options.concurrency(), options.warmup());
        }
        Baseline.Result baseline = Baseline.run(jdbcUrl, options.concurrency(), options.duration());
        numbers.put("baselineTps", baseline.tps());
        numbers.put("baselineP99Ms", baseline.latencies().percentileMs(99));
        double holdsPerSecond = (double) numbers.get("holdsPerSecond");
        numbers.put("ratio", baseline.tps() == 0 ? null : Math.round(holdsPerSecond / baseline.tps() * 1000) / 1000.0);
    }

    private static Map<String, Object> order(Map<String, Object> numbers) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : new String[] {"holdsPerSecond", "ordersPerSecond", "holdP50Ms", "holdP95Ms", "holdP99Ms",
                "baselineTps", "ratio", "oversold", "projectionLagP99Ms", "concurrency"}) {
            ordered.put(key, numbers.get(key));
        }
        ordered.putAll(numbers);
        return ordered;
    }

    private static void log(String message) {
        System.err.println("onsale-benchmark: " + message);
    }
}
