package io.admitone.query.diagnostics;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.PROBE;

@Component
class ProbeReader {

    private final DSLContext db;

    ProbeReader(DSLContext db) {
        this.db = db;
    }

    Optional<ProbeView> find(UUID probeId) {
        return db.select(PROBE.PROBE_ID, PROBE.LABEL, PROBE.STARTED_AT, PROBE.ECHO_AT, PROBE.ECHOED_AT,
                        PROBE.POSITION)
                .from(PROBE)
                .where(PROBE.PROBE_ID.eq(probeId))
                .fetchOptional(Records.mapping(ProbeView::of));
    }
}
