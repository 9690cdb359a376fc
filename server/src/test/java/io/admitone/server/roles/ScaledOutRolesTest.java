package io.admitone.server.roles;

import io.admitone.command.messaging.CommandSender;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import io.admitone.server.diagnostics.ProbeRequests;

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
            ProbeRequests.start(query.admin(), "nobody listens", "PT1S").expectStatus().isNotFound();
            ProbeRequests.read(query.admin(), ProbeRequests.UNKNOWN_PROBE)
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("not-found");
        }
    }

    @Test
    void aCommandProcessTakesCommandsAndRunsTheCommandSidesOwnProcessorsButNoProjections() {
        try (RunningServer command = RunningServer.start(withRoles("command"))) {
            assertThat(command.context().getBeanNamesForType(CommandSender.class)).hasSize(1);
            assertThat(processors(command)).containsExactlyInAnyOrder("inventory-partitions", "order-returns");
            ProbeRequests.start(command.admin(), "written", "PT1H").expectStatus().isCreated();
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
