package io.admitone.server.audit;

import io.admitone.kernel.audit.AuditedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/** One line of the trail's JSON lines export, read back into the event the chain links. */
final class ExportedLine {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExportedLine() {
    }

    static AuditedEvent parse(String line) {
        try {
            JsonNode event = JSON.readTree(line);
            return new AuditedEvent(event.get("position").asLong(), UUID.fromString(text(event, "eventId")),
                    text(event, "type"), text(event, "aggregateType"), text(event, "aggregateId"),
                    event.path("sequenceNumber").isNumber() ? event.get("sequenceNumber").asLong() : null,
                    Instant.parse(text(event, "occurredAt")), event.get("payload").toString(),
                    event.get("metadata").toString());
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("Not a line of the audit trail's export: " + abbreviated(line));
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String abbreviated(String line) {
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
