package io.admitone.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Finds the key that seals secrets kept in events (webhook signing secrets): configured, or a development key
 * generated once and kept. A key is the Base64 of 32 random bytes.
 */
public final class SealingKeys {

    private static final Logger log = LoggerFactory.getLogger(SealingKeys.class);
    private static final int KEY_BYTES = 32;

    private SealingKeys() {
    }

    static byte[] configured(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("admitone.security.sealing-key must be the Base64 of " + KEY_BYTES
                        + " random bytes, not of " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("admitone.security.sealing-key is not Base64: " + e.getMessage());
        }
    }

    /** The file is created readable by its owner alone before the key goes into it. */
    static byte[] development(Path file) {
        try {
            if (Files.exists(file)) {
                return configured(Files.readString(file));
            }
            String key = generate();
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, key);
            log.info("Generated a development sealing key for webhook secrets in {}", file.toAbsolutePath());
            return configured(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development sealing key " + file, e);
        }
    }

    /** A new key, as {@code java -jar admitone-server.jar --generate-sealing-key} prints it. */
    public static String generate() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
