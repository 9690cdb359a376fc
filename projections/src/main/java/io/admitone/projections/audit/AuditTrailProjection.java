package io.admitone.projections.audit;

import io.admitone.kernel.audit.AuditedEvent;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.projections.BatchedWork;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * Copies every event of an organisation into {@code read.audit_event} at its stream position, as
 * {@link AuditedEvents} takes it from the message and {@link StoredPositions} places it. Events of no organisation
 * are left out. One segment, so that rows are written in stream order. A batch's rows are inserted together, as one
 * JDBC batch of one prepared statement.
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
class AuditTrailProjection {

    static final String NAME = "audit-trail";

    private final DSLContext db;
    private final StoredPositions positions;
    private final Serializer eventSerializer;
    private final BatchedWork<UUID, Entry> entries = new BatchedWork<>(NAME, this::insert);

    AuditTrailProjection(DSLContext db, StoredPositions positions,
                         @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.db = db;
        this.positions = positions;
        this.eventSerializer = eventSerializer;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        EventTenants.of(event).ifPresent(tenant ->
                entries.put(UUID.fromString(message.getIdentifier()), new Entry(tenant, message)));
    }

    @ResetHandler
    void reset() {
        db.truncate(AUDIT_EVENT).execute();
    }

    private void insert(SequencedMap<UUID, Entry> batch) {
        Map<UUID, Long> stored = positions.of(batch.keySet());
        BatchBindStep insert = db.batch(db.insertInto(AUDIT_EVENT, AUDIT_EVENT.POSITION, AUDIT_EVENT.TENANT_ID,
                        AUDIT_EVENT.EVENT_ID, AUDIT_EVENT.AGGREGATE_TYPE, AUDIT_EVENT.AGGREGATE_ID,
                        AUDIT_EVENT.SEQUENCE_NUMBER, AUDIT_EVENT.PAYLOAD_TYPE, AUDIT_EVENT.PAYLOAD, AUDIT_EVENT.METADATA,
                        AUDIT_EVENT.OCCURRED_AT)
                .values(Collections.nCopies(10, null))
                .onConflict(AUDIT_EVENT.POSITION).doNothing());
        batch.forEach((eventId, entry) -> {
            AuditedEvent event = AuditedEvents.of(entry.message(), stored.get(eventId), eventSerializer);
            insert.bind(event.position(), entry.tenant().value(), event.eventId(), event.aggregateType(),
                    event.aggregateId(), event.sequenceNumber(), event.type(), JSONB.valueOf(event.payload()),
                    JSONB.valueOf(event.metadata()), event.occurredAt());
        });
        insert.execute();
    }

    /** An organisation's event, waiting for its batch's rows to be written. */
    private record Entry(TenantId tenant, EventMessage<?> message) {
    }
}
