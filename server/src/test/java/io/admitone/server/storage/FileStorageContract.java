package io.admitone.server.storage;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** What every {@link FileStorage} does; each adapter's test runs it against a real store. */
abstract class FileStorageContract {

    /** The store under test, empty of the keys these tests use (they are random). */
    abstract FileStorage storage();

    private static FileKey randomKey() {
        return new FileKey("contract/" + UUID.randomUUID() + "/file.png");
    }

    @Test
    void aStoredFileComesBackWithItsContentTypeAndSize() {
        FileKey key = randomKey();
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        storage().put(key, "image/png", content);

        StoredFile stored = storage().get(key).orElseThrow();
        assertThat(stored.content()).isEqualTo(content);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(8);
        assertThat(storage().exists(key)).isTrue();
    }

    @Test
    void storingAKeyAgainReplacesItsFile() {
        FileKey key = randomKey();
        storage().put(key, "text/plain", "first".getBytes(StandardCharsets.UTF_8));
        storage().put(key, "text/csv", "second".getBytes(StandardCharsets.UTF_8));

        StoredFile stored = storage().get(key).orElseThrow();
        assertThat(new String(stored.content(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(stored.contentType()).isEqualTo("text/csv");
    }

    @Test
    void aMissingFileIsNeitherFoundNorThere() {
        FileKey key = randomKey();
        assertThat(storage().get(key)).isEmpty();
        assertThat(storage().exists(key)).isFalse();
    }

    @Test
    void aDeletedFileIsGoneAndDeletingItAgainIsNoError() {
        FileKey key = randomKey();
        storage().put(key, "image/png", new byte[] {1, 2, 3});
        storage().delete(key);

        assertThat(storage().get(key)).isEmpty();
        assertThat(storage().exists(key)).isFalse();
        assertThatNoException().isThrownBy(() -> storage().delete(key));
    }

    @Test
    void keysThatShareAPrefixAreDifferentFiles() {
        String folder = "contract/" + UUID.randomUUID();
        storage().put(new FileKey(folder + "/a"), "text/plain", "a".getBytes(StandardCharsets.UTF_8));
        storage().put(new FileKey(folder + "/a.b"), "text/plain", "ab".getBytes(StandardCharsets.UTF_8));
        storage().delete(new FileKey(folder + "/a"));

        assertThat(storage().exists(new FileKey(folder + "/a"))).isFalse();
        assertThat(storage().get(new FileKey(folder + "/a.b")).orElseThrow().size()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsKept() {
        FileKey key = randomKey();
        storage().put(key, "application/octet-stream", new byte[0]);
        assertThat(storage().get(key).orElseThrow().size()).isZero();
    }
}
