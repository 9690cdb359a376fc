package io.admitone.server.plugins;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds a plugin jar the way a plugin author's build does: Java sources compiled against the plugin API with PF4J's
 * annotation processor (which writes the extension index), a {@code plugin.properties} descriptor, and optionally a
 * settings schema. {@link #starter} starts from the plugin starter in {@code plugins/starter}, as a plugin author
 * would; descriptor fields set to null are left out, for tests of refused plugins.
 */
final class PluginBuilder {

    private static final Path STARTER = Path.of("..", "plugins", "starter", "src", "main");

    private final Map<String, String> descriptor = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private String settingsSchema;

    /** The starter's plugin, its version set as its Maven build sets it. */
    static PluginBuilder starter(String version) {
        PluginBuilder plugin = new PluginBuilder();
        try (Stream<Path> files = Files.walk(STARTER.resolve("java"))) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(STARTER.resolve("resources/plugin.properties"),
                    StandardCharsets.ISO_8859_1)) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(key -> plugin.descriptor.put(key,
                    properties.getProperty(key).replace("${project.version}", version)));
            plugin.settingsSchema = Files.readString(STARTER.resolve("resources/settings-schema.json"));
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                String className = STARTER.resolve("java").relativize(source).toString()
                        .replace(".java", "").replace('/', '.');
                plugin.sources.put(className, Files.readString(source));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return plugin;
    }

    static PluginBuilder plugin(String id, String version) {
        PluginBuilder plugin = new PluginBuilder();
        plugin.descriptor.put("plugin.id", id);
        plugin.descriptor.put("plugin.version", version);
        plugin.descriptor.put("plugin.requires", ">=1.0.0 & <2.0.0");
        plugin.descriptor.put("plugin.description", "Test plugin " + id);
        return plugin;
    }

    PluginBuilder descriptor(String key, String value) {
        if (value == null) {
            descriptor.remove(key);
        } else {
            descriptor.put(key, value);
        }
        return this;
    }

    /** A class of the plugin, {@code className} fully qualified. */
    PluginBuilder source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    PluginBuilder settingsSchema(String schema) {
        this.settingsSchema = schema;
        return this;
    }

    Path build(Path directory) {
        try {
            Path classes = Files.createTempDirectory(directory, "classes");
            compile(classes);
            Path jar = Files.createTempFile(directory, descriptor.getOrDefault("plugin.id", "plugin"), ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                if (!descriptor.isEmpty()) {
                    StringBuilder properties = new StringBuilder();
                    descriptor.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
                    add(out, "plugin.properties", properties.toString().getBytes(StandardCharsets.ISO_8859_1));
                }
                if (settingsSchema != null) {
                    add(out, "settings-schema.json", settingsSchema.getBytes(StandardCharsets.UTF_8));
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            return jar;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private void compile(Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, source) -> units.add(new Source(name, source)));
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "--release", "21",
                    "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor");
            if (!compiler.getTask(null, files, diagnostics, options, null, units).call()) {
                throw new IllegalStateException("The plugin does not compile: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String source;

        Source(String className, String source) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
