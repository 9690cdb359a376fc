package io.admitone.kernel.plugin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Installs this release of a plugin, or upgrades the installed one to it; the same release again changes nothing. */
public record InstallPluginCommand(@TargetAggregateIdentifier String pluginId, PluginRelease release) {
}
