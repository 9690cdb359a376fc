package io.admitone.projections.audit;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * Copies every event of an organisation into {@code read.audit_event} at its stream position. Payload and metadata
 * are taken in the serialized form the event was read in (the event store's JSON), not serialized anew. Events of no
 * organisation are left out. One segment, so that rows are written in stream order.
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
class AuditTrailProjection {

    static final String NAME = "audit-trail";

    private final DSLContext db;
    private final Serializer eventSerializer;

    AuditTrailProjection(DSLContext db, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.db = db;
        this.eventSerializer = eventSerializer;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        EventTenants.of(event).ifPresent(tenant -> record(tenant, message, token.position().orElse(0L)));
    }

    @ResetHandler
    void reset() {
        db.truncate(AUDIT_EVENT).execute();
    }

    private void record(TenantId tenant, EventMessage<?> message, long position) {
        DomainEventMessage<?> applied = message instanceof DomainEventMessage<?> domain && domain.getType() != null
                ? domain : null;
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.POSITION, position)
                .set(AUDIT_EVENT.TENANT_ID, tenant.value())
                .set(AUDIT_EVENT.EVENT_ID, UUID.fromString(message.getIdentifier()))
                .set(AUDIT_EVENT.AGGREGATE_TYPE, applied == null ? null : applied.getType())
                .set(AUDIT_EVENT.AGGREGATE_ID, applied == null ? null : applied.getAggregateIdentifier())
                .set(AUDIT_EVENT.SEQUENCE_NUMBER, applied == null ? null : applied.getSequenceNumber())
                .set(AUDIT_EVENT.PAYLOAD_TYPE, message.getPayloadType().getSimpleName())
                .set(AUDIT_EVENT.PAYLOAD, json(message.serializePayload(eventSerializer, byte[].class)))
                .set(AUDIT_EVENT.METADATA, json(message.serializeMetaData(eventSerializer, byte[].class)))
                .set(AUDIT_EVENT.OCCURRED_AT, message.getTimestamp())
                .onConflict(AUDIT_EVENT.POSITION).doNothing()
                .execute();
    }

    private static JSONB json(SerializedObject<byte[]> serialized) {
        return JSONB.valueOf(new String(serialized.getData(), StandardCharsets.UTF_8));
    }
}
