package io.admitone.server.security;

import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @Test
    void withAnExternalDatabaseAServerWithoutASigningKeyRefusesToStart() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.remove("admitone.security.jwt.signing-key");

        assertThatThrownBy(() -> RunningServer.start(properties).close())
                .hasStackTraceContaining("Set admitone.security.jwt.signing-key (ADMITONE_JWT_SIGNING_KEY)");
    }
}
