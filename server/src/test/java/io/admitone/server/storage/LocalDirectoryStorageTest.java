package io.admitone.server.storage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The file-storage contract on a local directory, the default store. */
class LocalDirectoryStorageTest extends FileStorageContract {

    @TempDir
    Path directory;

    private FileStorage storage;

    @BeforeEach
    void openStorage() {
        storage = new LocalDirectoryStorage(directory);
    }

    @Override
    FileStorage storage() {
        return storage;
    }
}
