package io.admitone.server.plugins;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Where plugin jars live ({@code directory}: loaded at start-up, written on install), the largest jar a platform
 * admin may install, and the plugin index that lists plugins available to install ({@code index}: a {@code file:} or
 * {@code https:} URL of a JSON file; empty for none).
 */
@ConfigurationProperties("admitone.plugins")
public record PluginProperties(Path directory, DataSize maxJarSize, String index) {
}
