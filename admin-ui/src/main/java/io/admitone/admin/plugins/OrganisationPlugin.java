package io.admitone.admin.plugins;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/** A plugin the platform runs, and the organisation's choice of it, as {@code GET .../plugins} answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationPlugin(Plugin plugin, boolean enabled, Map<String, Object> settings) {

    public OrganisationPlugin {
        settings = settings == null ? Map.of() : settings;
    }

    /** The plugin: its id, version, description, permissions and the JSON Schema of its settings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plugin(String id, String version, String description, List<String> permissions,
                         Map<String, Object> settingsSchema) {

        public Plugin {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
            settingsSchema = settingsSchema == null ? Map.of() : settingsSchema;
        }
    }

    /** The list answer: {@code { "plugins": [...] }}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record All(List<OrganisationPlugin> plugins) {
    }
}
