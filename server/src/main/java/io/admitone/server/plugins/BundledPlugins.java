package io.admitone.server.plugins;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugins that ship with the server, as jars under {@code bundled-plugins/} of its classpath (the build puts
 * them there): copied into the plugins directory when the server creates it, so a new installation has them, and
 * never again, so that a platform admin who removes one keeps it removed.
 */
final class BundledPlugins {

    private static final String LOCATION = "classpath*:bundled-plugins/*.jar";

    private BundledPlugins() {
    }

    static void copyInto(Path directory) throws IOException {
        for (Resource jar : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, directory.resolve(jar.getFilename()));
            }
        }
    }
}
