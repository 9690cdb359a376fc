package io.admitone.server.axon;

import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AxonServerModeTest {

    @Test
    void startingInAxonServerModeWithoutAnAxonServerFailsSayingSo() throws IOException {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("axon.axonserver.enabled", "true");
        properties.put("axon.axonserver.servers", "localhost:" + unusedPort());

        assertThatThrownBy(() -> RunningServer.start(properties).close())
                .hasStackTraceContaining("no Axon Server answered at 'localhost:");
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
