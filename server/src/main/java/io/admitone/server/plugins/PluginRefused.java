package io.admitone.server.plugins;

import io.admitone.kernel.DomainRejection;

/** A plugin jar the runtime will not install, with the reason a platform admin can act on. */
final class PluginRefused extends DomainRejection {

    private PluginRefused(String code, Kind kind, String message) {
        super(code, kind, message);
    }

    /** The jar is not a plugin AdmitOne can read: no or a wrong descriptor, an unknown permission, a bad schema. */
    static PluginRefused invalid(String message) {
        return new PluginRefused("invalid-plugin", Kind.UNPROCESSABLE, message);
    }

    /** The plugin was built for a plugin API this server does not offer. */
    static PluginRefused incompatible(String message) {
        return new PluginRefused("incompatible-plugin", Kind.UNPROCESSABLE, message);
    }

    /** The plugin could not be loaded or started: its code failed. */
    static PluginRefused broken(String message) {
        return new PluginRefused("broken-plugin", Kind.UNPROCESSABLE, message);
    }

    /** An older or equal version than the one installed, which is not an upgrade. */
    static PluginRefused notNewer(String message) {
        return new PluginRefused("plugin-not-newer", Kind.CONFLICT, message);
    }
}
