package io.admitone.server.diagnostics;

import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadlineAcrossRestartTest {

    /** Snapshots after every event, so the test also sees that snapshots keep the aggregate's state. */
    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterItAndTheAggregateIsSnapshotted() {
        Map<String, String> infrastructure = new HashMap<>(TestServers.freshInfrastructure());
        infrastructure.put("admitone.aggregates.snapshot-threshold", "1");
        String probeId;
        try (RunningServer before = RunningServer.start(infrastructure)) {
            probeId = ProbeRequests.started(before.admin(), "across a restart", "PT3S");
        }

        try (RunningServer after = RunningServer.start(infrastructure)) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> ProbeRequests.read(after.admin(), probeId)
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.label").isEqualTo("across a restart")
                    .jsonPath("$.status").isEqualTo("ECHOED"));
            JdbcTemplate jdbc = after.context().getBean(JdbcTemplate.class);
            String snapshot = jdbc.queryForObject("""
                    select convert_from(payload, 'UTF8') from axon.snapshot_event_entry
                    where aggregate_identifier = ? order by sequence_number desc limit 1""", String.class, probeId);
            assertThat(snapshot).contains("\"probeId\":\"" + probeId + "\"", "\"echoed\":true");
        }
    }
}
