package io.admitone.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a directory of this machine: each file's content under {@code content/<key>} and its content type under
 * {@code types/<key>}. Both are written to a temporary file first and then moved into place, so a reader sees a
 * whole file or none. Only one server, or servers sharing the directory, can serve what it keeps.
 */
class LocalDirectoryStorage implements FileStorage {

    private static final String DEFAULT_TYPE = "application/octet-stream";

    private final Path contents;
    private final Path types;

    LocalDirectoryStorage(Path directory) {
        this.contents = directory.resolve("content");
        this.types = directory.resolve("types");
    }

    @Override
    public void put(FileKey key, String contentType, byte[] content) {
        write(types, key, contentType.getBytes(StandardCharsets.UTF_8));
        write(contents, key, content);
    }

    @Override
    public Optional<StoredFile> get(FileKey key) {
        try {
            byte[] content = Files.readAllBytes(contents.resolve(key.value()));
            return Optional.of(new StoredFile(contentType(key), content));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored file " + key, e);
        }
    }

    @Override
    public boolean exists(FileKey key) {
        return Files.isRegularFile(contents.resolve(key.value()));
    }

    @Override
    public void delete(FileKey key) {
        try {
            Files.deleteIfExists(contents.resolve(key.value()));
            Files.deleteIfExists(types.resolve(key.value()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the stored file " + key, e);
        }
    }

    private String contentType(FileKey key) throws IOException {
        try {
            return Files.readString(types.resolve(key.value()), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return DEFAULT_TYPE;
        }
    }

    private static void write(Path root, FileKey key, byte[] bytes) {
        Path target = root.resolve(key.value());
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file " + key, e);
        }
    }
}
