package io.admitone.projections.audit;

import io.admitone.kernel.audit.AuditedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An event message as the audit trail keeps it and the hash chain links it. Payload and metadata are taken in the
 * serialized form the event was read in (the event store's JSON), not serialized anew; an event that no aggregate
 * applied (Axon stores it with no aggregate type) has no aggregate.
 */
public final class AuditedEvents {

    private AuditedEvents() {
    }

    public static AuditedEvent of(EventMessage<?> message, long position, Serializer eventSerializer) {
        DomainEventMessage<?> applied = message instanceof DomainEventMessage<?> domain && domain.getType() != null
                ? domain : null;
        return new AuditedEvent(position, UUID.fromString(message.getIdentifier()),
                message.getPayloadType().getSimpleName(),
                applied == null ? null : applied.getType(),
                applied == null ? null : applied.getAggregateIdentifier(),
                applied == null ? null : applied.getSequenceNumber(),
                message.getTimestamp(),
                new String(message.serializePayload(eventSerializer, byte[].class).getData(), StandardCharsets.UTF_8),
                new String(message.serializeMetaData(eventSerializer, byte[].class).getData(), StandardCharsets.UTF_8));
    }
}
