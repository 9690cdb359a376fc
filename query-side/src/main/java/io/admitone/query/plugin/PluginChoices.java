package io.admitone.query.plugin;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.admitone.schema.jooq.Tables.ORGANISATION_PLUGIN;

/**
 * What an organisation chose for each plugin it ever enabled: whether it is enabled now, and its settings as JSON
 * text. Read from {@code read.organisation_plugin}, so a change shows a moment after it is acknowledged. Every role's
 * process has one ({@link PluginReadModels}), since payment providers, notifications and widgets of
 * plugins are offered where the command, projections and query roles run.
 */
public class PluginChoices {

    /** One plugin's choice. */
    public record Choice(boolean enabled, String settings) {
    }

    private final DSLContext db;

    public PluginChoices(DSLContext db) {
        this.db = db;
    }

    /** By plugin id, in id order. */
    public Map<String, Choice> of(TenantId tenant) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        db.select(ORGANISATION_PLUGIN.PLUGIN_ID, ORGANISATION_PLUGIN.ENABLED, ORGANISATION_PLUGIN.SETTINGS)
                .from(ORGANISATION_PLUGIN)
                .where(ORGANISATION_PLUGIN.TENANT_ID.eq(tenant.value()))
                .orderBy(ORGANISATION_PLUGIN.PLUGIN_ID)
                .forEach(row -> choices.put(row.value1(), new Choice(row.value2(), row.value3().data())));
        return choices;
    }
}
