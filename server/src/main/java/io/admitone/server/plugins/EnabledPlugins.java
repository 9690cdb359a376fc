package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.OrganisationContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.admitone.schema.jooq.Tables.ORGANISATION_PLUGIN;

/**
 * The running plugins an organisation enabled, each with the organisation's settings as the context its extensions
 * get. Read from the plugins read model, so an organisation's change reaches it a moment after it is acknowledged.
 */
@Component
class EnabledPlugins {

    private static final TypeReference<Map<String, Object>> SETTINGS = new TypeReference<>() {
    };

    private final DSLContext db;
    private final PluginRuntime runtime;
    private final JsonMapper json;

    EnabledPlugins(DSLContext db, PluginRuntime runtime, JsonMapper json) {
        this.db = db;
        this.runtime = runtime;
        this.json = json;
    }

    /** By plugin id, in id order; plugins enabled but not running here are left out. */
    Map<String, OrganisationContext> of(TenantId tenant) {
        Map<String, OrganisationContext> enabled = new LinkedHashMap<>();
        db.select(ORGANISATION_PLUGIN.PLUGIN_ID, ORGANISATION_PLUGIN.SETTINGS).from(ORGANISATION_PLUGIN)
                .where(ORGANISATION_PLUGIN.TENANT_ID.eq(tenant.value()), ORGANISATION_PLUGIN.ENABLED.isTrue())
                .orderBy(ORGANISATION_PLUGIN.PLUGIN_ID)
                .forEach(row -> {
                    if (runtime.plugin(row.value1()).isPresent()) {
                        enabled.put(row.value1(), new OrganisationContext(tenant.value(),
                                json.readValue(row.value2().data(), SETTINGS)));
                    }
                });
        return enabled;
    }

    /** Each extension of this kind of the plugins the organisation enabled, with the context to call it in. */
    <T> List<Contributed<T>> extensions(TenantId tenant, Class<T> type) {
        return of(tenant).entrySet().stream()
                .flatMap(plugin -> runtime.extensions(plugin.getKey(), type).stream()
                        .map(extension -> new Contributed<>(plugin.getKey(), extension, plugin.getValue())))
                .toList();
    }

    /** An extension of a plugin, and the organisation it is called for. */
    record Contributed<T>(String pluginId, T extension, OrganisationContext organisation) {
    }
}
