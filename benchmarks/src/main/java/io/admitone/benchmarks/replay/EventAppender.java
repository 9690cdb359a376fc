package io.admitone.benchmarks.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends domain events to the event store as their aggregates would: each aggregate's events numbered from 0 in
 * order, {@code batchSize} events to a transaction. A simulated clock gives every event its time, one second apart,
 * and the event's own timestamps come from the same clock.
 */
final class EventAppender {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final EventStore store;
    private final TransactionManager transactions;
    private final int batchSize;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> pending = new ArrayList<>();
    private Instant now;
    private long appended;

    EventAppender(EventStore store, TransactionManager transactions, int batchSize, Instant start) {
        this.store = store;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.now = start;
    }

    /** The simulated time of the next event. */
    Instant now() {
        return now;
    }

    void append(String aggregateType, Object aggregateId, Object payload) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 0L, (last, ignored) -> last + 1);
        pending.add(new GenericDomainEventMessage<>(aggregateType, id, sequence, new GenericMessage<>(payload), now));
        now = now.plus(TICK);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> batch = List.copyOf(pending);
        transactions.executeInTransaction(() -> store.publish(batch));
        appended += batch.size();
        pending.clear();
    }

    /** Events appended and committed so far, plus those waiting for their batch. */
    long count() {
        return appended + pending.size();
    }
}
