package io.admitone.kernel.plugin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemovePluginCommand(@TargetAggregateIdentifier String pluginId) {
}
