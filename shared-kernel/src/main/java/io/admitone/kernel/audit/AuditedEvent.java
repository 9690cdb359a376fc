package io.admitone.kernel.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the audit trail exports it, and so as the hash chain links it: its stream position, id, type (the
 * event class's simple name), the aggregate that applied it and its number there (all three null for an event of no
 * aggregate), when it occurred, and its payload and metadata as JSON text.
 */
public record AuditedEvent(long position, UUID eventId, String type, String aggregateType, String aggregateId,
                           Long sequenceNumber, Instant occurredAt, String payload, String metadata) {

    public AuditedEvent {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * This event as one JSON object, not yet canonical. The time is kept to the microsecond, as the trail keeps it,
     * and written like {@link Instant#toString()}; payload and metadata go in as the JSON they are.
     */
    String json() {
        return "{\"position\":" + position
                + ",\"eventId\":" + quoted(eventId.toString())
                + ",\"type\":" + quoted(type)
                + ",\"aggregateType\":" + quoted(aggregateType)
                + ",\"aggregateId\":" + quoted(aggregateId)
                + ",\"sequenceNumber\":" + sequenceNumber
                + ",\"occurredAt\":" + quoted(occurredAt.truncatedTo(ChronoUnit.MICROS).toString())
                + ",\"payload\":" + payload
                + ",\"metadata\":" + metadata + "}";
    }

    /** A JSON string; the canonical form escapes it again its own way, so any correct escape does here. */
    private static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }
}
