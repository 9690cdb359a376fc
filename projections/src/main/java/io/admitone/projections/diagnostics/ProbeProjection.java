package io.admitone.projections.diagnostics;

import io.admitone.kernel.diagnostics.ProbeEchoed;
import io.admitone.kernel.diagnostics.ProbeStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.admitone.schema.jooq.Tables.PROBE;

@Component
@ProcessingGroup(ProbeProjection.NAME)
class ProbeProjection {

    static final String NAME = "probes";

    private final DSLContext db;

    ProbeProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ProbeStarted event, @Timestamp Instant occurredAt, TrackingToken token) {
        db.insertInto(PROBE)
                .set(PROBE.PROBE_ID, event.probeId().value())
                .set(PROBE.LABEL, event.label())
                .set(PROBE.STARTED_AT, occurredAt)
                .set(PROBE.ECHO_AT, event.echoAt())
                .set(PROBE.POSITION, position(token))
                .onConflict(PROBE.PROBE_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(ProbeEchoed event, TrackingToken token) {
        db.update(PROBE)
                .set(PROBE.ECHOED_AT, event.echoedAt())
                .set(PROBE.POSITION, position(token))
                .where(PROBE.PROBE_ID.eq(event.probeId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.deleteFrom(PROBE).execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
