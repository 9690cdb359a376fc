package io.admitone.admin.projections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** An event a projection's handler could not apply, parked, as {@code .../dead-letters} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadLetter(String id, String sequence, long index, String eventType, String eventId,
                         String aggregateType, String aggregateId, String causeType, String causeMessage,
                         Instant enqueuedAt, Instant lastTouched) {

    /** The event's class without its package. */
    String shortEventType() {
        return eventType == null ? "" : eventType.substring(eventType.lastIndexOf('.') + 1);
    }
}
