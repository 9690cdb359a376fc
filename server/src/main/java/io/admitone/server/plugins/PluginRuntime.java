package io.admitone.server.plugins;

import io.admitone.command.plugin.PluginNotInstalled;
import io.admitone.plugin.api.PluginApi;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The plugins running in this instance, each from a jar in the plugins directory, in a class loader of its own under
 * PF4J. The server creates the directory with the {@link BundledPlugins} in it. At start-up every jar there is read
 * and started on its own: one that is refused or fails is left out, logged
 * and listed with its reason, and the server starts all the same. Installing checks the jar ({@link PluginJar}),
 * copies it into the directory and starts it, replacing an older release of the same plugin, which comes back if the
 * new one fails. A started plugin's extensions must each implement an extension point it has the permission for.
 */
@Component
class PluginRuntime implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuntime.class);

    private final Path directory;
    private final PluginSettingsSchemas schemas;
    private final PluginManager manager;
    private final Map<String, PluginJar> started = new ConcurrentHashMap<>();
    private final Map<String, String> refusedAtStart = new TreeMap<>();

    PluginRuntime(PluginProperties properties, PluginSettingsSchemas schemas) throws IOException {
        this.directory = properties.directory();
        this.schemas = schemas;
        Files.createDirectories(directory);
        BundledPlugins.offerTo(directory);
        this.manager = new Manager(directory);
        startDirectory();
    }

    /** The plugins that run, by id. */
    Map<String, PluginJar> started() {
        return Map.copyOf(started);
    }

    /** The jars of the directory that were refused at start-up, by file name, with the reason. */
    Map<String, String> refusedAtStart() {
        return Map.copyOf(refusedAtStart);
    }

    Optional<PluginJar> plugin(String id) {
        return Optional.ofNullable(started.get(id));
    }

    /** Whether any running plugin offers extensions of this kind: when none does, nobody need look further. */
    boolean offers(Class<?> type) {
        return started.keySet().stream().anyMatch(id -> !manager.getExtensionClasses(type, id).isEmpty());
    }

    /** The extensions of this kind that a running plugin offers. */
    <T> List<T> extensions(String pluginId, Class<T> type) {
        return started.containsKey(pluginId) ? manager.getExtensions(type, pluginId) : List.of();
    }

    /** What an install came to: the plugin running now, and the version it replaced (null for a first install). */
    record Installed(PluginJar plugin, String previousVersion) {
    }

    /** Installs the plugin in this jar (a file of its own, which is left alone), or upgrades the running one. */
    synchronized Installed install(Path jar) {
        PluginJar candidate = PluginJar.read(jar, schemas);
        PluginJar running = started.get(candidate.id());
        if (running != null && running.release().sha256().equals(candidate.release().sha256())) {
            return new Installed(running, running.release().version());
        }
        if (running != null && !PluginJar.newer(candidate.release().version(), running.release().version())) {
            throw PluginRefused.notNewer("Plugin " + candidate.id() + " " + running.release().version()
                    + " is installed; " + candidate.release().version() + " is no upgrade of it");
        }
        Path target = directory.resolve(candidate.id() + "-" + candidate.release().version() + ".jar");
        copy(jar, target);
        PluginJar installed = new PluginJar(target, candidate.id(), candidate.release());
        if (running != null) {
            stop(running.id());
        }
        try {
            start(installed);
        } catch (PluginRefused broken) {
            delete(target);
            if (running != null) {
                start(running);
            }
            throw broken;
        }
        if (running != null && !running.path().equals(target)) {
            delete(running.path());
        }
        return new Installed(installed, running == null ? null : running.release().version());
    }

    synchronized void remove(String id) {
        PluginJar running = started.get(id);
        if (running == null) {
            throw new PluginNotInstalled(id);
        }
        stop(id);
        delete(running.path());
    }

    @Override
    public void destroy() {
        // PluginManager.stopPlugins() walks the list of started plugins that it shrinks, and fails with a
        // ConcurrentModificationException: each plugin is stopped and unloaded on its own instead
        List.copyOf(manager.getPlugins()).forEach(plugin -> manager.unloadPlugin(plugin.getPluginId()));
    }

    private void startDirectory() throws IOException {
        try (Stream<Path> jars = Files.list(directory)) {
            jars.filter(path -> path.getFileName().toString().endsWith(".jar")).sorted().forEach(jar -> {
                try {
                    start(PluginJar.read(jar, schemas));
                } catch (RuntimeException refused) {
                    LOG.warn("Plugin jar {} is not started: {}", jar.getFileName(), refused.getMessage());
                    refusedAtStart.put(jar.getFileName().toString(), refused.getMessage());
                }
            });
        }
        LOG.info("Plugins started: {}", started.keySet());
    }

    private void start(PluginJar jar) {
        if (started.containsKey(jar.id())) {
            throw PluginRefused.invalid("Plugin " + jar.id() + " is in the plugins directory twice");
        }
        String id;
        try {
            id = manager.loadPlugin(jar.path());
        } catch (RuntimeException unloadable) {
            throw PluginRefused.broken("Plugin " + jar.id() + " cannot be loaded: " + unloadable.getMessage());
        }
        PluginState state = manager.startPlugin(id);
        if (state != PluginState.STARTED) {
            PluginWrapper wrapper = manager.getPlugin(id);
            Throwable cause = wrapper.getFailedException();
            manager.unloadPlugin(id);
            throw PluginRefused.broken("Plugin " + id + " did not start (" + state + ")"
                    + (cause == null ? "" : ": " + cause));
        }
        try {
            checkExtensions(jar);
        } catch (RuntimeException refused) {
            manager.unloadPlugin(id);
            throw refused instanceof PluginRefused known ? known
                    : PluginRefused.broken("Plugin " + id + "'s extensions cannot be created: " + refused);
        }
        started.put(id, jar);
    }

    /** Each extension implements an extension point the plugin has the permission for, and can be created. */
    private void checkExtensions(PluginJar jar) {
        for (Class<?> extension : manager.getExtensionClasses(jar.id())) {
            Permission needed = Permission.neededBy(extension).orElseThrow(() -> PluginRefused.invalid("Extension "
                    + extension.getName() + " of plugin " + jar.id() + " implements no AdmitOne extension point"));
            if (!jar.release().permissions().contains(needed.code())) {
                throw PluginRefused.invalid("Extension " + extension.getName() + " of plugin " + jar.id()
                        + " needs the permission '" + needed.code() + "', which plugin.permissions does not declare");
            }
        }
        manager.getExtensions(jar.id());
    }

    private void stop(String id) {
        started.remove(id);
        manager.unloadPlugin(id);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot write the plugin jar " + to, unwritable);
        }
    }

    private static void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException undeletable) {
            LOG.warn("Cannot delete the plugin jar {}: {}", jar, undeletable.getMessage());
        }
    }

    /** PF4J for jars described by {@code plugin.properties}, offering this server's plugin API version. */
    private static final class Manager extends JarPluginManager {

        Manager(Path directory) {
            super(directory);
            setSystemVersion(PluginApi.VERSION);
        }

        @Override
        protected PluginDescriptorFinder createPluginDescriptorFinder() {
            return new PropertiesPluginDescriptorFinder();
        }
    }
}
