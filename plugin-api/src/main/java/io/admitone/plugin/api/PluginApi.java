package io.admitone.plugin.api;

/**
 * The version of this API, semantic: a plugin states the range it was built for as {@code plugin.requires} (for
 * example {@code >=1.0.0 & <2.0.0}), and the server refuses a plugin whose range does not hold this version. A minor
 * version adds extension points or methods with defaults; only a major version removes or changes one.
 */
public final class PluginApi {

    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
