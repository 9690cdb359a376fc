package io.admitone.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jooq.JSONB;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the trail: its stream position, its id, its type (the event class's simple name), the aggregate that
 * applied it and its number there (null for an event of no aggregate), when it occurred, and its payload and metadata
 * as the JSON the event store holds.
 */
public record AuditEventView(long position, UUID eventId, String type, String aggregateType, String aggregateId,
                             Long sequenceNumber, Instant occurredAt, @JsonRawValue String payload,
                             @JsonRawValue String metadata) {

    static AuditEventView of(Long position, UUID eventId, String type, String aggregateType, String aggregateId,
                             Long sequenceNumber, Instant occurredAt, JSONB payload, JSONB metadata) {
        return new AuditEventView(position, eventId, type, aggregateType, aggregateId, sequenceNumber, occurredAt,
                payload.data(), metadata.data());
    }
}
