package io.admitone.kernel.plugin;

/** An event of a plugin installed on the platform, whichever organisations use it. */
public sealed interface InstalledPluginEvent permits PluginInstalled, PluginUpgraded, PluginRemoved {

    String pluginId();
}
