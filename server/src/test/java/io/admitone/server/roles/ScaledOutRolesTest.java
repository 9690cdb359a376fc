package io.admitone.server.roles;

import io.admitone.command.messaging.CommandSender;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same jar as a query-only and as a command-only process. */
class ScaledOutRolesTest {

    @Test
    void aQueryProcessServesReadsButTakesNoCommandsAndRunsNoProjections() {
        try (RunningServer query = RunningServer.start(withRoles("query"))) {
            assertThat(query.context().getBeanNamesForType(CommandSender.class)).isEmpty();
            assertThat(processors(query)).isEmpty();
            query.http().post().uri("/api/v1/admin/probes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("label", "nobody listens", "echoAfter", "PT1S"))
                    .exchange()
                    .expectStatus().isNotFound();
            query.http().get().uri("/api/v1/admin/probes/{id}", "0b6f43f4-95a6-4ac8-9d7c-0fbc2c3d1c55")
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("not-found");
        }
    }

    @Test
    void aCommandProcessTakesCommandsButRunsNoProjections() {
        try (RunningServer command = RunningServer.start(withRoles("command"))) {
            assertThat(command.context().getBeanNamesForType(CommandSender.class)).hasSize(1);
            assertThat(processors(command)).isEmpty();
            command.http().post().uri("/api/v1/admin/probes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("label", "written", "echoAfter", "PT1H"))
                    .exchange()
                    .expectStatus().isCreated();
        }
    }

    private static Map<String, String> withRoles(String roles) {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("admitone.roles", roles);
        return properties;
    }

    private static java.util.Set<String> processors(RunningServer server) {
        return server.context().getBean(EventProcessingConfiguration.class).eventProcessors().keySet();
    }
}
