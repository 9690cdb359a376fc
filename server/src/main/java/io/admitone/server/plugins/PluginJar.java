package io.admitone.server.plugins;

import io.admitone.kernel.Digests;
import io.admitone.kernel.plugin.PluginRelease;
import io.admitone.plugin.api.PluginApi;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.VersionManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * A plugin jar as read before anything of it runs: its PF4J descriptor ({@code plugin.properties}: id, version,
 * {@code plugin.requires}, and AdmitOne's {@code plugin.permissions}), its settings schema
 * ({@code settings-schema.json}, an open object when absent) and its SHA-256. {@link #read} refuses a jar that is
 * not a valid plugin or requires a plugin API this server does not offer.
 */
record PluginJar(Path path, String id, PluginRelease release) {

    static final String SETTINGS_SCHEMA = "settings-schema.json";
    private static final String DESCRIPTOR = PropertiesPluginDescriptorFinder.DEFAULT_PROPERTIES_FILE_NAME;
    private static final String PERMISSIONS = "plugin.permissions";
    private static final String OPEN_OBJECT = "{\"type\":\"object\"}";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final VersionManager VERSIONS = new DefaultVersionManager();

    static PluginJar read(Path jar, PluginSettingsSchemas schemas) {
        PluginDescriptor descriptor = descriptor(jar);
        String id = descriptor.getPluginId();
        if (id == null || !ID.matcher(id).matches()) {
            throw PluginRefused.invalid("The plugin id must be 1 to 64 of a-z 0-9 and -, starting with a letter or "
                    + "digit; " + DESCRIPTOR + " has '" + id + "'");
        }
        String version = descriptor.getVersion();
        if (version == null || !validVersion(version)) {
            throw PluginRefused.invalid("Plugin " + id + " has no semantic version (x.y.z) in " + DESCRIPTOR);
        }
        String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().strip();
        if (requires.isEmpty() || requires.equals("*")) {
            throw PluginRefused.invalid("Plugin " + id + " must state the plugin API versions it was built for as "
                    + "plugin.requires, such as >=1.0.0 & <2.0.0");
        }
        if (!compatible(requires)) {
            throw PluginRefused.incompatible("Plugin " + id + " " + version + " requires plugin API " + requires
                    + "; this server offers plugin API " + PluginApi.VERSION);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> permissions = permissions(id, file);
            String schema = entry(file, SETTINGS_SCHEMA);
            String settingsSchema = schema == null ? OPEN_OBJECT : schemas.checked(id, schema);
            return new PluginJar(jar, id, new PluginRelease(version, descriptor.getPluginDescription(), permissions,
                    settingsSchema, Digests.sha256Hex(Files.readAllBytes(jar))));
        } catch (IOException unreadable) {
            throw PluginRefused.invalid("The plugin jar cannot be read: " + unreadable.getMessage());
        }
    }

    /** Whether {@code candidate} is a later version than {@code installed}. */
    static boolean newer(String candidate, String installed) {
        return VERSIONS.compareVersions(candidate, installed) > 0;
    }

    private static PluginDescriptor descriptor(Path jar) {
        try {
            return new PropertiesPluginDescriptorFinder().find(jar);
        } catch (PluginRuntimeException | UncheckedIOException unreadable) {
            throw PluginRefused.invalid("No readable " + DESCRIPTOR + " at the root of the jar: "
                    + unreadable.getMessage());
        }
    }

    private static boolean validVersion(String version) {
        try {
            VERSIONS.compareVersions(version, "0.0.0");
            return version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?");
        } catch (RuntimeException notAVersion) {
            return false;
        }
    }

    private static boolean compatible(String requires) {
        try {
            return VERSIONS.checkVersionConstraint(PluginApi.VERSION, requires);
        } catch (RuntimeException notAConstraint) {
            throw PluginRefused.invalid("plugin.requires is no version range: " + requires);
        }
    }

    private static List<String> permissions(String id, JarFile file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(file.getEntry(DESCRIPTOR))) {
            properties.load(in);
        }
        String declared = properties.getProperty(PERMISSIONS, "").strip();
        List<String> permissions = new ArrayList<>();
        for (String code : declared.isEmpty() ? new String[0] : declared.split("\\s*,\\s*")) {
            if (Permission.of(code).isEmpty()) {
                throw PluginRefused.invalid("Plugin " + id + " declares the unknown permission '" + code
                        + "'; known are " + Arrays.stream(Permission.values()).map(Permission::code).toList());
            }
            permissions.add(code);
        }
        return permissions;
    }

    private static String entry(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
