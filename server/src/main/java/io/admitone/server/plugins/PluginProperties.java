package io.admitone.server.plugins;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Where plugin jars live ({@code directory}: loaded at start-up, written on install) and the largest jar a platform
 * admin may upload.
 */
@ConfigurationProperties("admitone.plugins")
public record PluginProperties(Path directory, DataSize maxJarSize) {
}
