package io.admitone.query.audit.chain;

import io.admitone.kernel.audit.AuditedEvent;
import org.jooq.Record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as {@code axon.domain_event_entry} holds it, read into the form the trail exports: the class's simple
 * name for its type, no aggregate for an event Axon stored with no aggregate type, payload and metadata as stored.
 */
final class StoredEvent {

    /** The columns {@link #of(Record)} reads, qualified by the alias {@code e}. */
    static final String COLUMNS = "e.global_index, e.event_identifier, e.type, e.aggregate_identifier, "
            + "e.sequence_number, e.payload_type, e.time_stamp, e.payload, e.meta_data";

    private StoredEvent() {
    }

    static AuditedEvent of(Record row) {
        String aggregateType = row.get("type", String.class);
        boolean applied = aggregateType != null;
        return new AuditedEvent(row.get("global_index", Long.class),
                UUID.fromString(row.get("event_identifier", String.class)),
                simpleName(row.get("payload_type", String.class)),
                aggregateType,
                applied ? row.get("aggregate_identifier", String.class) : null,
                applied ? row.get("sequence_number", Long.class) : null,
                Instant.parse(row.get("time_stamp", String.class)),
                text(row.get("payload", byte[].class)),
                text(row.get("meta_data", byte[].class)));
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    private static String text(byte[] json) {
        return json == null ? "{}" : new String(json, StandardCharsets.UTF_8);
    }
}
