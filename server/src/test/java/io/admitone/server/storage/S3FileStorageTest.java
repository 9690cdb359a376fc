package io.admitone.server.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * The file-storage contract on an S3-compatible server, in a bucket of its own: the server that
 * {@code ADMITONE_TEST_S3_ENDPOINT} names (with {@code ADMITONE_TEST_S3_ACCESS_KEY}, {@code _SECRET_KEY} and
 * {@code _REGION}), or else an S3Proxy that the test starts itself; skipped only when neither can be had.
 */
class S3FileStorageTest extends FileStorageContract {

    private static final String ENDPOINT = System.getenv("ADMITONE_TEST_S3_ENDPOINT");
    private static final String SKIPPED = "S3 storage contract skipped: set ADMITONE_TEST_S3_ENDPOINT or build "
            + "with Maven, which puts S3Proxy in target/s3proxy";

    private static S3ProxyProcess s3proxy;
    private static S3FileStorage storage;

    @BeforeAll
    static void openBucket(@TempDir Path workDirectory) throws IOException {
        StorageProperties.S3 properties = ENDPOINT != null && !ENDPOINT.isBlank() ? external() : s3proxy(workDirectory);
        S3Client client = S3FileStorage.client(properties);
        client.createBucket(request -> request.bucket(properties.bucket()));
        storage = new S3FileStorage(client, properties.bucket(), properties.keyPrefix());
    }

    @AfterAll
    static void closeBucket() throws InterruptedException {
        if (storage != null) {
            storage.close();
        }
        if (s3proxy != null) {
            s3proxy.close();
        }
    }

    @Override
    FileStorage storage() {
        return storage;
    }

    private static StorageProperties.S3 external() {
        return bucketAt(ENDPOINT, System.getenv().getOrDefault("ADMITONE_TEST_S3_REGION", "us-east-1"),
                System.getenv("ADMITONE_TEST_S3_ACCESS_KEY"), System.getenv("ADMITONE_TEST_S3_SECRET_KEY"));
    }

    /** Says so in the build's output too, where a skipped class would otherwise pass unnoticed. */
    private static StorageProperties.S3 s3proxy(Path workDirectory) throws IOException {
        Optional<Path> jar = S3ProxyProcess.jar();
        if (jar.isEmpty()) {
            LoggerFactory.getLogger(S3FileStorageTest.class).warn(SKIPPED);
        }
        Assumptions.assumeTrue(jar.isPresent(), SKIPPED);
        s3proxy = S3ProxyProcess.start(jar.get(), workDirectory);
        return bucketAt(s3proxy.endpoint(), "us-east-1", S3ProxyProcess.ACCESS_KEY, S3ProxyProcess.SECRET_KEY);
    }

    private static StorageProperties.S3 bucketAt(String endpoint, String region, String accessKey, String secretKey) {
        return new StorageProperties.S3("admitone-test-" + UUID.randomUUID(), endpoint, region, accessKey, secretKey,
                true, "run/");
    }
}
