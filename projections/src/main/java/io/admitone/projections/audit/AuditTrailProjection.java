package io.admitone.projections.audit;

import io.admitone.kernel.audit.AuditedEvent;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * Copies every event of an organisation into {@code read.audit_event} at its stream position, as
 * {@link AuditedEvents} takes it from the message. Events of no organisation are left out. One segment, so that rows
 * are written in stream order.
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
        AuditedEvent event = AuditedEvents.of(message, position, eventSerializer);
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.POSITION, position)
                .set(AUDIT_EVENT.TENANT_ID, tenant.value())
                .set(AUDIT_EVENT.EVENT_ID, event.eventId())
                .set(AUDIT_EVENT.AGGREGATE_TYPE, event.aggregateType())
                .set(AUDIT_EVENT.AGGREGATE_ID, event.aggregateId())
                .set(AUDIT_EVENT.SEQUENCE_NUMBER, event.sequenceNumber())
                .set(AUDIT_EVENT.PAYLOAD_TYPE, event.type())
                .set(AUDIT_EVENT.PAYLOAD, JSONB.valueOf(event.payload()))
                .set(AUDIT_EVENT.METADATA, JSONB.valueOf(event.metadata()))
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .onConflict(AUDIT_EVENT.POSITION).doNothing()
                .execute();
    }
}
