package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.OrganisationContext;
import io.admitone.query.plugin.PluginChoices;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running plugins an organisation enabled, each with the organisation's settings (secrets opened) as the context
 * its extensions get. Read from the plugins read model, so an organisation's change reaches it a moment after it is acknowledged.
 */
@Component
class EnabledPlugins {

    private static final TypeReference<Map<String, Object>> SETTINGS = new TypeReference<>() {
    };

    private final PluginChoices choices;
    private final PluginRuntime runtime;
    private final SecretSettings secrets;
    private final JsonMapper json;

    EnabledPlugins(PluginChoices choices, PluginRuntime runtime, SecretSettings secrets, JsonMapper json) {
        this.choices = choices;
        this.runtime = runtime;
        this.secrets = secrets;
        this.json = json;
    }

    /** By plugin id, in id order; plugins enabled but not running here are left out. */
    Map<String, OrganisationContext> of(TenantId tenant) {
        Map<String, OrganisationContext> enabled = new LinkedHashMap<>();
        choices.of(tenant).forEach((pluginId, choice) -> {
            if (choice.enabled()) {
                runtime.plugin(pluginId).ifPresent(plugin -> enabled.put(pluginId, new OrganisationContext(
                        tenant.value(), json.convertValue(secrets.opened(plugin.release().settingsSchema(),
                        json.readTree(choice.settings())), SETTINGS))));
            }
        });
        return enabled;
    }

    /** Each extension of this kind of the plugins the organisation enabled, with the context to call it in. */
    <T> List<Contributed<T>> extensions(TenantId tenant, Class<T> type) {
        if (!runtime.offers(type)) {
            // no running plugin has one: the organisation's choices need not be read, on every webhook message say
            return List.of();
        }
        return of(tenant).entrySet().stream()
                .flatMap(plugin -> runtime.extensions(plugin.getKey(), type).stream()
                        .map(extension -> new Contributed<>(plugin.getKey(), extension, plugin.getValue())))
                .toList();
    }

    /** An extension of a plugin, and the organisation it is called for. */
    record Contributed<T>(String pluginId, T extension, OrganisationContext organisation) {
    }
}
