package io.admitone.benchmarks.webhooks;

import io.admitone.benchmarks.common.Api;
import io.admitone.benchmarks.common.Latencies;
import io.admitone.benchmarks.common.ResultFiles;
import io.admitone.benchmarks.common.ServerProcess;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The webhook benchmark from start to finish; {@code benchmarks/webhooks} builds and starts it. */
public final class WebhooksBenchmark {

    /** The receiver is on the loopback address, which webhooks refuse to call unless told otherwise. */
    private static final Map<String, String> PRIVATE_TARGETS =
            Map.of("ADMITONE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
    private static final Duration PROGRESS = Duration.ofSeconds(10);

    private WebhooksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WebhooksOptions options = WebhooksOptions.parse(args);
        Files.createDirectories(options.workDir());
        Map<String, Object> numbers = new LinkedHashMap<>();
        String startedAt = Instant.now().toString();
        try (Receiver receiver = new Receiver(EventBurst.TYPE);
             ServerProcess server = new ServerProcess(options.serverJar(), options.workDir(), PRIVATE_TARGETS)) {
            log("starting the server on port " + server.httpPort + " (log: " + server.log + ")");
            server.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(server.baseUrl());
            api.signIn(ServerProcess.ADMIN_EMAIL, server.adminPassword);
            WebhooksSetup.Setup setup = WebhooksSetup.build(api, receiver, options.subscriptions());
            log(options.events() + " events to " + options.subscriptions() + " subscriptions");
            Instant deadline = Instant.now().plus(options.timeout());
            EventBurst.Result burst = EventBurst.run(api, setup, options.events(), options.concurrency());
            log("events caused in " + Latencies.round(burst.seconds()) + " s; waiting for the deliveries");
            receiver.await(options.expectedDeliveries(), deadline, PROGRESS, delivered ->
                    log(delivered + " of " + options.expectedDeliveries() + " deliveries"));
            log("stopping the server");
            measure(options, receiver.receipts(), setup, burst, numbers);
        }
        numbers.put("startedAt", startedAt);
        numbers.put("finishedAt", Instant.now().toString());
        String summary = WebhooksReport.summary(numbers);
        ResultFiles.write(options.resultsDir(), "webhooks", numbers, summary);
        log("wrote " + options.resultsDir().resolve("webhooks-latest.json"));
        System.out.print(summary);
    }

    private static void measure(WebhooksOptions options, Map<String, List<Receipt>> receipts,
                                WebhooksSetup.Setup setup, EventBurst.Result burst, Map<String, Object> numbers) {
        DeliveryAnalysis deliveries = DeliveryAnalysis.of(receipts, EventBurst.TYPE);
        SignatureSample signatures = SignatureSample.check(receipts, setup.secrets(), options.verifyEvery());
        numbers.put("deliveriesPerSecond", deliveries.deliveriesPerSecond());
        numbers.put("p99DelayMs", deliveries.delays().percentileMs(99));
        numbers.put("p50DelayMs", deliveries.delays().percentileMs(50));
        numbers.put("maxDelayMs", deliveries.delays().percentileMs(100));
        numbers.put("events", options.events());
        numbers.put("subscriptions", options.subscriptions());
        numbers.put("deliveries", deliveries.deliveries());
        numbers.put("duplicates", deliveries.duplicates());
        numbers.put("outOfOrder", deliveries.outOfOrder());
        numbers.put("eventsPerSecond", Latencies.round(options.events() / burst.seconds()));
        numbers.put("concurrency", options.concurrency());
        numbers.put("signaturesChecked", signatures.checked());
        numbers.put("signatureFailures", signatures.failed());
        numbers.put("otherReceipts", deliveries.otherReceipts());
        numbers.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    }

    private static void log(String message) {
        System.err.println("webhooks-benchmark: " + message);
    }
}
