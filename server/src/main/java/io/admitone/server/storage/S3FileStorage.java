package io.admitone.server.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.util.Optional;

/**
 * Files as objects of an S3 bucket, on AWS or on any S3-compatible server. Each object's content type is the
 * object's own {@code Content-Type}. Checksums are sent only where S3 requires them: many S3-compatible servers
 * reject the trailing checksums that the AWS SDK otherwise adds to every upload.
 */
class S3FileStorage implements FileStorage, AutoCloseable {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;
    private final String keyPrefix;

    S3FileStorage(S3Client s3, String bucket, String keyPrefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    /** A client for the configured bucket's server, with the JDK's own HTTP client underneath. */
    static S3Client client(StorageProperties.S3 properties) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials(properties))
                .forcePathStyle(properties.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(properties.endpoint()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 properties) {
        if (properties.accessKey() == null || properties.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
    }

    @Override
    public void put(FileKey key, String contentType, byte[] content) {
        s3.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType)
                .contentLength((long) content.length), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<StoredFile> get(FileKey key) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket)
                    .key(objectKey(key)));
            return Optional.of(new StoredFile(object.response().contentType(), object.asByteArray()));
        } catch (S3Exception e) {
            return notFound(e, Optional.empty());
        }
    }

    @Override
    public boolean exists(FileKey key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (S3Exception e) {
            return notFound(e, false);
        }
    }

    @Override
    public void delete(FileKey key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectKey(FileKey key) {
        return keyPrefix + key.value();
    }

    /** A missing object is an answer; any other failure of the bucket is an error. */
    private static <T> T notFound(S3Exception failure, T answer) {
        if (failure.statusCode() != NOT_FOUND) {
            throw failure;
        }
        return answer;
    }
}
