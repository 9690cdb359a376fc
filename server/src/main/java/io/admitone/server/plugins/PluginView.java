package io.admitone.server.plugins;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * A running plugin as the API shows it: id, version, description, the permissions it declares, the JSON Schema of
 * its organisation settings and its jar's SHA-256.
 */
record PluginView(String id, String version, String description, List<String> permissions, JsonNode settingsSchema,
                  String sha256) {

    static PluginView of(PluginJar plugin, JsonMapper json) {
        return new PluginView(plugin.id(), plugin.release().version(), plugin.release().description(),
                plugin.release().permissions(), json.readTree(plugin.release().settingsSchema()),
                plugin.release().sha256());
    }
}
