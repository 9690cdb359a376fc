package io.admitone.benchmarks.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Appends a realistic and consistent history of ticket sales straight to the event store, as the command side
 * would have recorded it: organisations, venues, events with performances and ticket types, inventory partitions,
 * then holds, orders, refunds and check-ins spread over every performance, until at least the asked number of
 * events are stored. Nothing is sent through the command bus, so millions of events take seconds rather than hours;
 * pause the processors that send commands while it runs ({@link ProcessorControl}).
 */
public final class HistoryGenerator {

    /** Events per transaction: large enough that commits cost little, small enough for the JDBC batch. */
    public static final int DEFAULT_BATCH = 1_000;
    private static final int ORGANISATIONS = 8;

    private final EventStore store;
    private final TransactionManager transactions;
    private final int batchSize;

    public HistoryGenerator(EventStore store, TransactionManager transactions, int batchSize) {
        this.store = store;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /** Appends at least {@code minimumEvents} events and answers how many; the same seed makes the same choices. */
    public long generate(long minimumEvents, long seed) {
        Instant start = Instant.now().minus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        EventAppender events = new EventAppender(store, transactions, batchSize, start);
        List<OnSalePerformance> performances = new CatalogueGenerator(events).organisations(ORGANISATIONS);
        SalesGenerator sales = new SalesGenerator(events, new Random(seed));
        for (int next = 0; events.count() < minimumEvents; next = (next + 1) % performances.size()) {
            sales.sellOnce(performances.get(next));
        }
        events.flush();
        return events.count();
    }
}
