package io.admitone.projections.plugin;

import io.admitone.kernel.plugin.PluginDisabled;
import io.admitone.kernel.plugin.PluginEnabled;
import io.admitone.kernel.plugin.PluginInstalled;
import io.admitone.kernel.plugin.PluginReconfigured;
import io.admitone.kernel.plugin.PluginRelease;
import io.admitone.kernel.plugin.PluginRemoved;
import io.admitone.kernel.plugin.PluginUpgraded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORGANISATION_PLUGIN;
import static io.admitone.schema.jooq.Tables.PLUGIN;
import static org.jooq.impl.DSL.excluded;

/**
 * Keeps {@code read.plugin} (the installed release of each plugin) and {@code read.organisation_plugin} (whether each
 * organisation enabled a plugin, and its settings). A redelivered older event never replaces a later one.
 */
@Component
@ProcessingGroup(PluginProjection.NAME)
class PluginProjection {

    static final String NAME = "plugins";

    private final DSLContext db;
    private final JsonMapper json;

    PluginProjection(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(PluginInstalled event, TrackingToken token) {
        release(event.pluginId(), event.release(), event.installedAt(), position(token));
    }

    @EventHandler
    void on(PluginUpgraded event, TrackingToken token) {
        release(event.pluginId(), event.release(), event.upgradedAt(), position(token));
    }

    @EventHandler
    void on(PluginRemoved event) {
        db.deleteFrom(PLUGIN).where(PLUGIN.PLUGIN_ID.eq(event.pluginId())).execute();
    }

    @EventHandler
    void on(PluginEnabled event, TrackingToken token) {
        enable(event.tenantId().value(), event.pluginId(), event.settings(), event.enabledAt(), position(token));
    }

    @EventHandler
    void on(PluginReconfigured event, TrackingToken token) {
        enable(event.tenantId().value(), event.pluginId(), event.settings(), event.reconfiguredAt(),
                position(token));
    }

    @EventHandler
    void on(PluginDisabled event, TrackingToken token) {
        db.update(ORGANISATION_PLUGIN)
                .set(ORGANISATION_PLUGIN.ENABLED, false)
                .set(ORGANISATION_PLUGIN.CHANGED_AT, event.disabledAt())
                .set(ORGANISATION_PLUGIN.POSITION, position(token))
                .where(ORGANISATION_PLUGIN.TENANT_ID.eq(event.tenantId().value()),
                        ORGANISATION_PLUGIN.PLUGIN_ID.eq(event.pluginId()),
                        ORGANISATION_PLUGIN.POSITION.lt(position(token)))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(PLUGIN, ORGANISATION_PLUGIN).execute();
    }

    private void release(String pluginId, PluginRelease release, Instant at, long position) {
        db.insertInto(PLUGIN)
                .set(PLUGIN.PLUGIN_ID, pluginId)
                .set(PLUGIN.VERSION, release.version())
                .set(PLUGIN.DESCRIPTION, release.description())
                .set(PLUGIN.PERMISSIONS, JSONB.valueOf(json.writeValueAsString(release.permissions())))
                .set(PLUGIN.SETTINGS_SCHEMA, JSONB.valueOf(release.settingsSchema()))
                .set(PLUGIN.SHA256, release.sha256())
                .set(PLUGIN.INSTALLED_AT, at)
                .set(PLUGIN.UPDATED_AT, at)
                .set(PLUGIN.POSITION, position)
                .onConflict(PLUGIN.PLUGIN_ID).doUpdate()
                .set(PLUGIN.VERSION, excluded(PLUGIN.VERSION))
                .set(PLUGIN.DESCRIPTION, excluded(PLUGIN.DESCRIPTION))
                .set(PLUGIN.PERMISSIONS, excluded(PLUGIN.PERMISSIONS))
                .set(PLUGIN.SETTINGS_SCHEMA, excluded(PLUGIN.SETTINGS_SCHEMA))
                .set(PLUGIN.SHA256, excluded(PLUGIN.SHA256))
                .set(PLUGIN.UPDATED_AT, excluded(PLUGIN.UPDATED_AT))
                .set(PLUGIN.POSITION, excluded(PLUGIN.POSITION))
                .where(PLUGIN.POSITION.lt(position))
                .execute();
    }

    private void enable(UUID tenant, String pluginId, String settings, Instant at, long position) {
        db.insertInto(ORGANISATION_PLUGIN)
                .set(ORGANISATION_PLUGIN.TENANT_ID, tenant)
                .set(ORGANISATION_PLUGIN.PLUGIN_ID, pluginId)
                .set(ORGANISATION_PLUGIN.ENABLED, true)
                .set(ORGANISATION_PLUGIN.SETTINGS, JSONB.valueOf(settings))
                .set(ORGANISATION_PLUGIN.CHANGED_AT, at)
                .set(ORGANISATION_PLUGIN.POSITION, position)
                .onConflict(ORGANISATION_PLUGIN.TENANT_ID, ORGANISATION_PLUGIN.PLUGIN_ID).doUpdate()
                .set(ORGANISATION_PLUGIN.ENABLED, excluded(ORGANISATION_PLUGIN.ENABLED))
                .set(ORGANISATION_PLUGIN.SETTINGS, excluded(ORGANISATION_PLUGIN.SETTINGS))
                .set(ORGANISATION_PLUGIN.CHANGED_AT, excluded(ORGANISATION_PLUGIN.CHANGED_AT))
                .set(ORGANISATION_PLUGIN.POSITION, excluded(ORGANISATION_PLUGIN.POSITION))
                .where(ORGANISATION_PLUGIN.POSITION.lt(position))
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
