package io.admitone.kernel.plugin;

import java.time.Instant;

/** A platform admin installed a plugin that was not installed. */
public record PluginInstalled(String pluginId, PluginRelease release, Instant installedAt)
        implements InstalledPluginEvent {
}
