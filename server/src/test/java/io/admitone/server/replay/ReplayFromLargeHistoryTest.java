package io.admitone.server.replay;

import io.admitone.benchmarks.replay.HistoryGenerator;
import io.admitone.benchmarks.replay.ProcessorControl;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection rebuilt from a history of more than 200,000 events writes exactly the rows it wrote live. The
 * history goes straight into the event store; the server runs on a database of its own for it, and stops after.
 */
@DirtiesContext
@TestPropertySource(properties = "admitone.test.database=replay")
@Order(1)
class ReplayFromLargeHistoryTest extends ServerIntegrationTest {

    private static final long EVENTS = 200_000;
    private static final Duration CATCH_UP = Duration.ofMinutes(20);

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * It runs first, before any other test's server holds connections, and gives each processor thread one of its
     * own instead of twelve connections shared by all of them.
     */
    @DynamicPropertySource
    static void connectionPerProcessorThread(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "32");
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReplayFromLargeHistoryTest.class);

    @Test
    void everyProjectionReplayedFromTwoHundredThousandEventsMatchesItsLiveTables() {
        ProcessorControl processors = new ProcessorControl(processing, tokens, transactions, eventStore);
        processors.pauseCommanding();
        Instant start = Instant.now();
        long appended = new HistoryGenerator(eventStore, transactions, HistoryGenerator.DEFAULT_BATCH)
                .generate(EVENTS, 6);
        processors.resumeCommandingAtHead();
        assertThat(appended).isGreaterThanOrEqualTo(EVENTS);
        LOG.info("Appended {} events in {}", appended, Duration.between(start, Instant.now()));
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(processors::allCaughtUp);
        LOG.info("Live projections caught up {} after the start", Duration.between(start, Instant.now()));
        ReadTables tables = new ReadTables(jdbc);
        tables.snapshot();
        assertThat(tables.rows("read.ticket")).as("tickets written live").isGreaterThan(EVENTS / 10);

        List<String> replayed = processors.replayable().stream().map(StreamingEventProcessor::getName).toList();
        assertThat(replayed).contains("organisations", "venues", "events", "availability", "holds", "orders");
        signInAsPlatformAdmin();
        // a replay answers once the processor has stopped and started again, which can take longer than 5 s
        WebTestClient patientAdmin = admin.mutate().responseTimeout(Duration.ofMinutes(1)).build();
        replayed.forEach(name -> patientAdmin.post().uri("/api/v1/admin/projections/{name}/replay", name).exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED));
        Instant replay = Instant.now();
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(processors::allCaughtUp);
        LOG.info("Replayed every projection in {}", Duration.between(replay, Instant.now()));

        tables.names().forEach(table -> assertThat(tables.differences(table))
                .as("rows of %s that the replay wrote differently (- live, + replayed)", table).isEmpty());
    }
}
