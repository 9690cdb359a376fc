package io.admitone.admin.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** One event of the audit trail as {@code GET .../audit/events} lists it, with its payload and metadata as stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEvent(long position, String eventId, String type, String aggregateType, String aggregateId,
                         Long sequenceNumber, Instant occurredAt, JsonNode payload, JsonNode metadata) {

    /** Who asked: a staff user's id, {@code api-key:<id>} or {@code anonymous}. */
    public String actor() {
        return metadata == null ? "" : metadata.path("actor").asString("");
    }
}
