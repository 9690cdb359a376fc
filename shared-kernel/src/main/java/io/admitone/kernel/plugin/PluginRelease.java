package io.admitone.kernel.plugin;

import java.util.List;
import java.util.Objects;

/**
 * One release of a plugin as its descriptor declares it: version, description, the permissions it asks for, the
 * JSON Schema its organisation settings must satisfy (as JSON text), and the SHA-256 of its jar in hex.
 */
public record PluginRelease(String version, String description, List<String> permissions, String settingsSchema,
                            String sha256) {

    public PluginRelease {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(settingsSchema, "settings schema");
        Objects.requireNonNull(sha256, "sha256");
        permissions = List.copyOf(permissions);
    }
}
