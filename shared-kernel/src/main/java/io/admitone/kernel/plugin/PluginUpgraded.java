package io.admitone.kernel.plugin;

import java.time.Instant;

/** A platform admin replaced an installed plugin's release with a newer one; organisations keep their settings. */
public record PluginUpgraded(String pluginId, String previousVersion, PluginRelease release, Instant upgradedAt)
        implements InstalledPluginEvent {
}
