package io.admitone.server.storage;

import java.util.Optional;

/**
 * Files kept by key, each with its content type. Every method blocks: call them off the event loop. Writing a key
 * again replaces its file; removing a missing one is no error, so that a retried removal succeeds.
 */
public interface FileStorage {

    void put(FileKey key, String contentType, byte[] content);

    Optional<StoredFile> get(FileKey key);

    boolean exists(FileKey key);

    void delete(FileKey key);
}
