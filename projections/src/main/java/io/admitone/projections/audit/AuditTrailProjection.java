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
import io.admitone.projections.BatchedWork;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SequencedMap;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * Copies every event of an organisation into {@code read.audit_event} at its stream position. Payload and metadata
 * are taken in the serialized form the event was read in (the event store's JSON), not serialized anew. Events of no
 * organisation are left out. One segment, so that rows are written in stream order. A batch's rows are inserted
 * together, as one JDBC batch of one prepared statement.
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
class AuditTrailProjection {

    static final String NAME = "audit-trail";

    private final DSLContext db;
    private final Serializer eventSerializer;
    private final BatchedWork<Long, Object[]> rows = new BatchedWork<>(NAME, this::insert);

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
        rows.put(position, new Object[] {position, tenant.value(), UUID.fromString(message.getIdentifier()),
                applied == null ? null : applied.getType(),
                applied == null ? null : applied.getAggregateIdentifier(),
                applied == null ? null : applied.getSequenceNumber(),
                message.getPayloadType().getSimpleName(),
                json(message.serializePayload(eventSerializer, byte[].class)),
                json(message.serializeMetaData(eventSerializer, byte[].class)),
                message.getTimestamp()});
    }

    private void insert(SequencedMap<Long, Object[]> batch) {
        BatchBindStep insert = db.batch(db.insertInto(AUDIT_EVENT, AUDIT_EVENT.POSITION, AUDIT_EVENT.TENANT_ID,
                        AUDIT_EVENT.EVENT_ID, AUDIT_EVENT.AGGREGATE_TYPE, AUDIT_EVENT.AGGREGATE_ID,
                        AUDIT_EVENT.SEQUENCE_NUMBER, AUDIT_EVENT.PAYLOAD_TYPE, AUDIT_EVENT.PAYLOAD, AUDIT_EVENT.METADATA,
                        AUDIT_EVENT.OCCURRED_AT)
                .values(Collections.nCopies(10, null))
                .onConflict(AUDIT_EVENT.POSITION).doNothing());
        batch.values().forEach(insert::bind);
        insert.execute();
    }

    private static JSONB json(SerializedObject<byte[]> serialized) {
        return JSONB.valueOf(new String(serialized.getData(), StandardCharsets.UTF_8));
    }
}
