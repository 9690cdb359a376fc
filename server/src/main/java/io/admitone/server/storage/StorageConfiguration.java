package io.admitone.server.storage;

import io.admitone.server.infrastructure.InfrastructureProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Chooses where files are kept, from {@link StorageProperties}; says which in the log, without credentials. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileStorage fileStorage(StorageProperties properties, InfrastructureProperties infrastructure) {
        StorageProperties.S3 s3 = properties.s3();
        if (s3.configured()) {
            log.info("Files are kept in the S3 bucket {} at {}", s3.bucket(),
                    s3.endpoint() == null || s3.endpoint().isBlank() ? "AWS " + s3.region() : s3.endpoint());
            return new S3FileStorage(S3FileStorage.client(s3), s3.bucket(), s3.keyPrefix());
        }
        Path directory = properties.local().directoryUnder(infrastructure.dataDir());
        log.info("Files are kept in the directory {}", directory.toAbsolutePath());
        return new LocalDirectoryStorage(directory);
    }
}
