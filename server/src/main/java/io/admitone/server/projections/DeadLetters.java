package io.admitone.server.projections;

import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.IdPage;
import io.admitone.server.axon.StreamingProcessors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The events a projection parked: listed straight from Axon's table (its queue API cannot page), retried and evicted
 * through Axon's queue, which keeps a sequence's order and claims it against concurrent retries. Blocking calls.
 */
@Component
class DeadLetters {

    private static final String LIST = """
            select dead_letter_id, sequence_identifier, sequence_index, payload_type, event_identifier, type,
                   aggregate_identifier, sequence_number, cause_type, cause_message, enqueued_at, last_touched
            from axon.dead_letter_entry
            where processing_group = ? and dead_letter_id collate "C" > ?
            order by dead_letter_id collate "C" limit ?""";

    /** What a retry did: sequences whose every letter was applied and evicted, and letters still parked. */
    record Retried(int sequencesRetried, int sequencesCleared, long deadLettersLeft) {
    }

    private final ProcessorStatuses statuses;
    private final StreamingProcessors processors;
    private final JdbcClient jdbc;

    DeadLetters(ProcessorStatuses statuses, StreamingProcessors processors, DataSource dataSource) {
        this.statuses = statuses;
        this.processors = processors;
        this.jdbc = JdbcClient.create(dataSource);
    }

    CursorPage<DeadLetterView> page(String name, IdPage page) {
        queue(name);
        List<DeadLetterView> rows = jdbc.sql(LIST)
                .params(name, page.after() == null ? "" : page.after().toString(), page.limit() + 1)
                .query(DeadLetters::view)
                .list();
        return page.page(rows, DeadLetterView::id);
    }

    Retried retry(String name, UUID id) {
        String sequence = sequenceOf(name, id);
        boolean cleared = processor(name).process(letter -> letter instanceof JdbcDeadLetter<?> parked
                && parked.getSequenceIdentifier().equals(sequence));
        return new Retried(1, cleared ? 1 : 0, queue(name).size());
    }

    /** Retries each parked sequence once, oldest touched first; a sequence that fails again goes to the back. */
    Retried retryAll(String name) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(name);
        int sequences = (int) queue(name).amountOfSequences();
        int cleared = 0;
        for (int retried = 0; retried < sequences; retried++) {
            cleared += processor.processAny() ? 1 : 0;
        }
        return new Retried(sequences, cleared, queue(name).size());
    }

    /** Evicts one letter without applying it; letters behind it in its sequence stay parked until retried. */
    void skip(String name, UUID id) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        DeadLetter<? extends EventMessage<?>> letter = StreamSupport
                .stream(queue.deadLetterSequence(sequenceOf(name, id)).spliterator(), false)
                .filter(parked -> parked instanceof JdbcDeadLetter<?> jdbcLetter
                        && jdbcLetter.getIdentifier().equals(id.toString()))
                .findFirst()
                .orElseThrow(() -> new DeadLetterNotFound(name, id));
        queue.evict(letter);
    }

    SequencedDeadLetterQueue<EventMessage<?>> queue(String name) {
        statuses.processor(name);
        return processors.deadLetterQueue(name).orElseThrow(() -> new ProjectionKeepsNoDeadLetters(name));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String name) {
        queue(name);
        return processors.deadLetterProcessor(name).orElseThrow(() -> new ProjectionKeepsNoDeadLetters(name));
    }

    private String sequenceOf(String name, UUID id) {
        queue(name);
        return jdbc.sql("""
                        select sequence_identifier from axon.dead_letter_entry
                        where processing_group = ? and dead_letter_id = ?""")
                .params(name, id.toString())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new DeadLetterNotFound(name, id));
    }

    private static DeadLetterView view(ResultSet row, int number) throws SQLException {
        return new DeadLetterView(UUID.fromString(row.getString("dead_letter_id")),
                row.getString("sequence_identifier"), row.getLong("sequence_index"), row.getString("payload_type"),
                row.getString("event_identifier"), row.getString("type"), row.getString("aggregate_identifier"),
                row.getObject("sequence_number", Long.class), row.getString("cause_type"),
                row.getString("cause_message"), instant(row.getString("enqueued_at")),
                instant(row.getString("last_touched")));
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
