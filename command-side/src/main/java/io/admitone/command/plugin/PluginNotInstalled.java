package io.admitone.command.plugin;

import io.admitone.kernel.DomainRejection;

/** A plugin id no installed plugin has. */
public class PluginNotInstalled extends DomainRejection {

    public PluginNotInstalled(String pluginId) {
        super("not-found", Kind.NOT_FOUND, "No plugin " + pluginId + " is installed");
    }
}
