package io.admitone.server.projections;

import java.time.Instant;
import java.util.UUID;

/**
 * A parked event: {@code sequence} is what orders it (the aggregate's id), {@code index} its place in that sequence,
 * {@code cause} the failure that parked it or the last retry's. The event itself stays in Axon's table.
 */
record DeadLetterView(UUID id, String sequence, long index, String eventType, String eventId, String aggregateType,
                      String aggregateId, Long aggregateSequenceNumber, String causeType, String causeMessage,
                      Instant enqueuedAt, Instant lastTouched) {
}
