package io.admitone.server.security;

import io.admitone.kernel.SecretSeal;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.InfrastructureProperties;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingKeyTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @TempDir
    Path dataDir;

    @Test
    void withAnExternalDatabaseAServerWithoutASealingKeyRefusesToStart() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.remove("admitone.security.sealing-key");

        assertThatThrownBy(() -> RunningServer.start(properties).close())
                .hasStackTraceContaining("Set admitone.security.sealing-key (ADMITONE_SEALING_KEY)");
    }

    @Test
    void aConfiguredKeyOpensWhatItSealedAndNoOtherKeyDoes() {
        SecretSeal seal = seal(TestServers.SEALING_KEY, externalDatabase());
        String sealed = seal.seal(SECRET);

        assertThat(sealed).doesNotContain(SECRET);
        assertThat(seal.open(sealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> seal(SealingKeys.generate(), externalDatabase()).open(sealed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfiguredKeyIsThirtyTwoBytes() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> seal(short16, externalDatabase()))
                .hasMessageContaining("admitone.security.sealing-key must be the Base64 of 32 random bytes");
        assertThatThrownBy(() -> seal("not base64!", externalDatabase()))
                .hasMessageContaining("admitone.security.sealing-key is not Base64");
    }

    @Test
    void withTheEmbeddedDatabaseADevelopmentKeyIsGeneratedOnceForItsOwnerAlone() throws Exception {
        String sealed = seal("", embeddedDatabase()).seal(SECRET);

        Path file = dataDir.resolve("keys/sealing-key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file))).hasSize(32);
        assertThat(seal("", embeddedDatabase()).open(sealed)).isEqualTo(SECRET);
    }

    private static SecretSeal seal(String key, InfrastructureProperties infrastructure) {
        return new SealingKeyConfiguration().secretSeal(key, infrastructure);
    }

    private static InfrastructureProperties externalDatabase() {
        return infrastructure(Path.of("unused"), "jdbc:postgresql://db.example:5432/admitone");
    }

    private InfrastructureProperties embeddedDatabase() {
        return infrastructure(dataDir, "");
    }

    private static InfrastructureProperties infrastructure(Path dataDir, String dbUrl) {
        return new InfrastructureProperties(dataDir, new InfrastructureProperties.Db(dbUrl, "admitone", ""),
                new InfrastructureProperties.Redis(""), new InfrastructureProperties.Embedded(0, 0));
    }
}
