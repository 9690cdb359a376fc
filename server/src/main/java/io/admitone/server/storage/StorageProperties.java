package io.admitone.server.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where files are kept: in an S3-compatible bucket when {@code s3.bucket} is set, else in a local directory
 * ({@code local.directory}, by default {@code files} under the server's data directory).
 */
@ConfigurationProperties("admitone.storage")
public record StorageProperties(@DefaultValue Local local, @DefaultValue S3 s3) {

    /** A blank {@code directory} means {@code files} under the server's data directory. */
    public record Local(String directory) {

        Path directoryUnder(Path dataDir) {
            return directory == null || directory.isBlank() ? dataDir.resolve("files") : Path.of(directory);
        }
    }

    /**
     * A bucket, on AWS or at {@code endpoint} (MinIO, Ceph, ...). Without an access key the AWS SDK's default
     * credentials apply (environment, profile, instance role). Path-style addressing ({@code endpoint/bucket/key})
     * is what most S3-compatible servers expect.
     */
    public record S3(String bucket, String endpoint, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey, @DefaultValue("true") boolean pathStyle, String keyPrefix) {

        public boolean configured() {
            return bucket != null && !bucket.isBlank();
        }

        /** Leaves the secret key out, wherever the properties are printed. */
        @Override
        public String toString() {
            return "S3[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + ", pathStyle=" + pathStyle
                    + ", keyPrefix=" + keyPrefix + "]";
        }
    }
}
