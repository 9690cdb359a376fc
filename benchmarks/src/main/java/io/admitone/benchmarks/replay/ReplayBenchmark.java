package io.admitone.benchmarks.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay benchmark. Runs the server in this process on its default configuration (embedded PostgreSQL and
 * Redis in a fresh data directory), appends a generated history to its event store, lets the live projections take
 * it in, then replays every projection at once, as {@code POST /api/v1/admin/projections/{name}/replay} does, and
 * times until each has caught up again. Run by {@code benchmarks/replay} with the server jar's classes.
 */
public final class ReplayBenchmark {

    private static final String SERVER = "io.admitone.server.AdmitOneServer";
    private static final Duration POLL = Duration.ofMillis(20);

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReplayOptions options = ReplayOptions.parse(args);
        Path dataDir = Files.createTempDirectory("admitone-replay-");
        SpringApplication server = new SpringApplication(Class.forName(SERVER));
        try (ConfigurableApplicationContext context = server.run("--admitone.data-dir=" + dataDir, "--server.port=0")) {
            Map<String, Object> numbers = run(context, options);
            System.out.println(ReplayReport.write(options.resultsDir(), numbers));
        }
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Map<String, Object> run(ConfigurableApplicationContext context, ReplayOptions options) {
        EventStore store = context.getBean(EventStore.class);
        TransactionManager transactions = context.getBean(TransactionManager.class);
        ProcessorControl processors = new ProcessorControl(context.getBean(EventProcessingConfiguration.class),
                context.getBean(TokenStore.class), transactions, store);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));

        processors.pauseCommanding();
        Instant generating = Instant.now();
        long generated = new HistoryGenerator(store, transactions, options.batch()).generate(options.events(), 6);
        double generationSeconds = secondsSince(generating);
        processors.resumeCommandingAtHead();
        Instant live = Instant.now();
        awaitCaughtUp(processors, processors.replayable(), live);
        double liveCatchUpSeconds = secondsSince(live);
        long events = jdbc.queryForObject("select count(*) from axon.domain_event_entry", Long.class);

        Instant startedAt = Instant.now();
        List<StreamingEventProcessor> replayed = processors.replayable();
        replayed.forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        Map<String, Double> secondsPerProjection = awaitCaughtUp(processors, replayed, startedAt);
        double seconds = secondsSince(startedAt);

        Map<String, Object> perProjection = new LinkedHashMap<>();
        secondsPerProjection.forEach((name, taken) -> perProjection.put(name,
                Map.of("seconds", round(taken), "eventsPerSecond", round(events / taken))));
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("eventsPerSecond", round(events / seconds));
        numbers.put("events", events);
        numbers.put("seconds", round(seconds));
        numbers.put("projections", perProjection);
        numbers.put("generatedEvents", generated);
        numbers.put("generationEventsPerSecond", round(generated / generationSeconds));
        numbers.put("liveCatchUpSeconds", round(liveCatchUpSeconds));
        numbers.put("batch", options.batch());
        numbers.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        numbers.put("startedAt", startedAt.toString());
        numbers.put("finishedAt", Instant.now().toString());
        return numbers;
    }

    /** Waits until every one of {@code processors} has caught up, and answers when each did, in seconds from start. */
    private static Map<String, Double> awaitCaughtUp(ProcessorControl control, List<StreamingEventProcessor> processors,
                                                     Instant start) {
        Map<String, Double> caughtUp = new LinkedHashMap<>();
        List<StreamingEventProcessor> waiting = new ArrayList<>(processors);
        while (!waiting.isEmpty()) {
            waiting.removeIf(processor -> {
                if (processor.isError()) {
                    throw new IllegalStateException("Processor " + processor.getName() + " failed");
                }
                boolean done = control.caughtUp(processor);
                if (done) {
                    caughtUp.put(processor.getName(), secondsSince(start));
                }
                return done;
            });
            sleep();
        }
        return caughtUp;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toNanos() / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
