package io.admitone.server.projections;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectionRebuildTest extends ServerIntegrationTest {

    private static final Duration REBUILT = Duration.ofSeconds(60);
    private static final String ORGANISATION_ROWS = "select row_to_json(o)::text from read.organisation o "
            + "where tenant_id = any(?) order by tenant_id";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildFillsShadowTablesWhileReadsAnswerFromTheLiveOnesAndSwitchesOverToTheSameRows() {
        UUID[] tenants = IntStream.range(0, 3).mapToObj(i -> UUID.fromString(createOrganisation("rebuild")))
                .toArray(UUID[]::new);
        await().atMost(REBUILT).until(() -> rows(tenants).size() == tenants.length);
        List<String> before = rows(tenants);
        long liveTable = tableOid();
        List<String> livePolicies = policies();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        // a thread of its own: Axon waits for a stopping processor's threads on the common pool, which has one
        // thread on a two-processor machine
        ExecutorService readerThread = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (rebuilding.get()) {
                admin.get().uri("/api/v1/orgs/{id}", tenants[reads.get() % tenants.length]).exchange()
                        .expectStatus().isOk();
                reads.incrementAndGet();
            }
        }, readerThread);

        admin.post().uri("/api/v1/admin/projections/organisations/rebuild").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
                .expectBody().jsonPath("$.rebuild.state").exists();
        await().atMost(REBUILT).untilAsserted(() -> admin.get().uri("/api/v1/admin/projections/organisations")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rebuild.state").isEqualTo("DONE")
                .jsonPath("$.state").isEqualTo("RUNNING"));
        rebuilding.set(false);
        reader.join();
        readerThread.shutdown();

        assertThat(reads.get()).isPositive();
        assertThat(tableOid()).as("the rebuilt table took the live one's place").isNotEqualTo(liveTable);
        assertThat(rows(tenants)).isEqualTo(before);
        assertThat(policies()).isEqualTo(livePolicies).contains("tenant_isolation");
        assertThat(jdbc.queryForObject("select relforcerowsecurity and has_table_privilege('admitone_reader', oid, "
                + "'select') from pg_class where oid = 'read.organisation'::regclass", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'read_rebuild'",
                Long.class)).isZero();
        String later = createOrganisation("after-rebuild");
        await().atMost(REBUILT).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{id}", later).exchange()
                .expectStatus().isOk());
    }

    @Test
    void aProcessorThatSendsCommandsIsNeverRebuilt() {
        admin.post().uri("/api/v1/admin/projections/order-returns/rebuild").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-rebuildable");
        admin.post().uri("/api/v1/admin/projections/nonsense/rebuild").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-found");
    }

    private List<String> rows(UUID[] tenants) {
        return jdbc.queryForList(ORGANISATION_ROWS, String.class, (Object) tenants);
    }

    private long tableOid() {
        return jdbc.queryForObject("select 'read.organisation'::regclass::oid::bigint", Long.class);
    }

    private List<String> policies() {
        return jdbc.queryForList("select policyname from pg_policies where schemaname = 'read' "
                + "and tablename = 'organisation' order by policyname", String.class);
    }
}
