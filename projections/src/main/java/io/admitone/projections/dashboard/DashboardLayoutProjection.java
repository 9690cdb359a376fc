package io.admitone.projections.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutSaved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static io.admitone.schema.jooq.Tables.DASHBOARD_LAYOUT;
import static org.jooq.impl.DSL.excluded;

/** Keeps each member's last saved layout; a redelivered older save never replaces a later one. */
@Component
@ProcessingGroup(DashboardLayoutProjection.NAME)
class DashboardLayoutProjection {

    static final String NAME = "dashboard-layouts";

    private final DSLContext db;
    private final JsonMapper json;

    DashboardLayoutProjection(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(DashboardLayoutSaved event, TrackingToken token) {
        long position = token.position().orElse(0L);
        db.insertInto(DASHBOARD_LAYOUT)
                .set(DASHBOARD_LAYOUT.TENANT_ID, event.tenantId().value())
                .set(DASHBOARD_LAYOUT.USER_ID, event.userId().value())
                .set(DASHBOARD_LAYOUT.WIDGETS, JSONB.valueOf(json.writeValueAsString(event.widgets())))
                .set(DASHBOARD_LAYOUT.SAVED_AT, event.savedAt())
                .set(DASHBOARD_LAYOUT.POSITION, position)
                .onConflict(DASHBOARD_LAYOUT.TENANT_ID, DASHBOARD_LAYOUT.USER_ID).doUpdate()
                .set(DASHBOARD_LAYOUT.WIDGETS, excluded(DASHBOARD_LAYOUT.WIDGETS))
                .set(DASHBOARD_LAYOUT.SAVED_AT, excluded(DASHBOARD_LAYOUT.SAVED_AT))
                .set(DASHBOARD_LAYOUT.POSITION, excluded(DASHBOARD_LAYOUT.POSITION))
                .where(DASHBOARD_LAYOUT.POSITION.lt(position))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(DASHBOARD_LAYOUT).execute();
    }
}
