package io.admitone.server.plugins;

import io.admitone.kernel.DomainRejection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The plugins available to install, as the configured index file lists them:
 * {@code {"plugins": [{"id", "version", "description", "jar"}]}}, where {@code jar} is the URL of the plugin's jar,
 * absolute or relative to the index. Read afresh on each call, so that publishing a new index needs no restart.
 */
@Component
class PluginIndex {

    private static final int TIMEOUT_MILLIS = 10_000;

    record Entry(String id, String version, String description, String jar) {
    }

    private record Listing(List<Entry> plugins) {
    }

    private final URI index;
    private final JsonMapper json;
    private final int maxJarSize;

    PluginIndex(PluginProperties properties, JsonMapper json) {
        this.index = properties.index() == null || properties.index().isBlank() ? null : uri(properties.index());
        this.json = json;
        this.maxJarSize = Math.toIntExact(properties.maxJarSize().toBytes());
    }

    /** The listed plugins; none without an index. */
    List<Entry> entries() {
        if (index == null) {
            return List.of();
        }
        try (InputStream in = open(index)) {
            Listing listing = json.readValue(in, Listing.class);
            return listing.plugins() == null ? List.of() : listing.plugins();
        } catch (IOException | RuntimeException unreadable) {
            throw new IndexUnavailable("The plugin index " + index + " cannot be read: " + unreadable.getMessage());
        }
    }

    /** The listed release's jar, fetched into a file of its own that the caller deletes. */
    Path fetch(String id, String version) {
        Entry entry = entries().stream().filter(listed -> listed.id().equals(id) && listed.version().equals(version))
                .findFirst().orElseThrow(() -> new NotListed(id, version));
        byte[] jar;
        try (InputStream in = open(index.resolve(entry.jar()))) {
            jar = in.readNBytes(maxJarSize + 1);
        } catch (IOException | RuntimeException unreadable) {
            throw new IndexUnavailable("The jar of " + id + " " + version + " cannot be fetched: "
                    + unreadable.getMessage());
        }
        if (jar.length > maxJarSize) {
            throw PluginRefused.invalid("The jar of " + id + " " + version + " has more than " + maxJarSize
                    + " bytes");
        }
        try {
            return Files.write(Files.createTempFile("admitone-plugin-", ".jar"), jar);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static InputStream open(URI location) throws IOException {
        URLConnection connection = location.toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        return connection.getInputStream();
    }

    private static URI uri(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException invalid) {
            throw new IllegalArgumentException("admitone.plugins.index is no URL: " + location, invalid);
        }
    }

    static final class NotListed extends DomainRejection {
        NotListed(String id, String version) {
            super("not-found", Kind.NOT_FOUND, "The plugin index lists no " + id + " " + version);
        }
    }

    static final class IndexUnavailable extends DomainRejection {
        IndexUnavailable(String message) {
            super("plugin-index-unavailable", Kind.CONFLICT, message);
        }
    }
}
