package io.admitone.server.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the databases are. A blank {@code db.url} or {@code redis.url} means: start an embedded server,
 * keeping its data under {@code dataDir}.
 */
@ConfigurationProperties("admitone")
public record InfrastructureProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Redis redis,
        @DefaultValue Embedded embedded) {

    public record Db(String url, @DefaultValue("admitone") String user, String password) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    public record Redis(String url) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** Ports of the embedded servers; 0 picks a free one. */
    public record Embedded(@DefaultValue("0") int postgresPort, @DefaultValue("0") int redisPort) {
    }
}
