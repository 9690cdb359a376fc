package io.admitone.command.plugin;

import io.admitone.kernel.DomainRejection;

/** A jar that calls itself a version already installed with other contents. */
class PluginReleaseConflict extends DomainRejection {

    PluginReleaseConflict(String pluginId, String version) {
        super("plugin-version-exists", Kind.CONFLICT, "Plugin " + pluginId + " " + version
                + " is installed with other contents; give the new jar a new version");
    }
}
