package io.admitone.kernel.plugin;

import java.time.Instant;

/** A platform admin removed a plugin; the organisations that had enabled it can no longer use it. */
public record PluginRemoved(String pluginId, String version, Instant removedAt) implements InstalledPluginEvent {
}
