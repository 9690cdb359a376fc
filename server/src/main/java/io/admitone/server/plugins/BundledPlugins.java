package io.admitone.server.plugins;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The plugins that ship with the server, as jars under {@code bundled-plugins/} of its classpath (the build puts
 * them there). Each is offered to an installation once: copied into the plugins directory the first time a server
 * that carries it starts there, and noted in the directory's {@value #OFFERED} file, so that a new installation has
 * them all, an upgraded one gets those new in its release, and a platform admin who removes one keeps it removed.
 */
final class BundledPlugins {

    static final String OFFERED = ".bundled";
    private static final String LOCATION = "classpath*:bundled-plugins/*.jar";

    private BundledPlugins() {
    }

    static void offerTo(Path directory) throws IOException {
        Path offered = directory.resolve(OFFERED);
        Set<String> before = Files.exists(offered) ? new HashSet<>(Files.readAllLines(offered)) : Set.of();
        for (Resource jar : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            String name = jar.getFilename();
            if (name == null || before.contains(name)) {
                continue;
            }
            Path target = directory.resolve(name);
            if (Files.notExists(target)) {
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, target);
                }
            }
            Files.writeString(offered, name + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
