package io.admitone.server.projections;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectionOperationsTest extends ServerIntegrationTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(30);
    private static final String ORGANISATION_ROWS = "select row_to_json(o)::text from read.organisation o "
            + "where tenant_id = any(?) order by tenant_id";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyProcessorOfThisInstanceIsListedWithItsPositionAndNoLagOnceCaughtUp() {
        createOrganisation("lag");

        await().atMost(CAUGHT_UP).untilAsserted(() -> {
            JsonNode processors = admin.get().uri("/api/v1/admin/projections").exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                    .get("processors");
            List<String> names = new ArrayList<>();
            processors.forEach(processor -> {
                names.add(processor.get("name").asString());
                assertThat(processor.get("state").asString()).isEqualTo("RUNNING");
                assertThat(processor.get("eventsBehind").asLong()).isZero();
                assertThat(processor.get("secondsBehind").asLong()).isZero();
                assertThat(processor.get("position").asLong()).isEqualTo(processor.get("headPosition").asLong())
                        .isPositive();
                assertThat(processor.get("segments")).isNotEmpty();
                processor.get("segments").forEach(segment -> {
                    assertThat(segment.get("caughtUp").asBoolean()).isTrue();
                    assertThat(segment.get("error").isNull()).isTrue();
                });
            });
            assertThat(names).contains("availability", "orders", "holds", "organisations", "order-returns");
        });
    }

    @Test
    void oneProcessorIsShownByName() {
        admin.get().uri("/api/v1/admin/projections/orders").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("orders")
                .jsonPath("$.replayable").isEqualTo(true);
        admin.get().uri("/api/v1/admin/projections/order-returns").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replayable").isEqualTo(false);
    }

    @Test
    void onlyPlatformAdminsSeeOrReplayProcessors() {
        String org = createOrganisation("not-admin");
        member(org, StaffRole.OWNER).get().uri("/api/v1/admin/projections").exchange()
                .expectStatus().isForbidden();
        member(org, StaffRole.OWNER).post().uri("/api/v1/admin/projections/orders/replay").exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/v1/admin/projections").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anUnknownProcessorIsNotFound() {
        admin.get().uri("/api/v1/admin/projections/nonsense").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-found");
        admin.post().uri("/api/v1/admin/projections/nonsense/replay").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-found");
    }

    @Test
    void aProcessorThatSendsCommandsIsNeverReplayed() {
        admin.post().uri("/api/v1/admin/projections/order-returns/replay").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-replayable");
        admin.get().uri("/api/v1/admin/projections/order-returns").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RUNNING");
    }

    @Test
    void aReplayEmptiesTheReadModelAndRebuildsTheSameRowsFromTheEvents() {
        UUID[] tenants = {UUID.fromString(createOrganisation("replay-a")), UUID.fromString(createOrganisation("replay-b"))};
        await().atMost(CAUGHT_UP).until(() -> jdbc.queryForList(ORGANISATION_ROWS, String.class, (Object) tenants).size() == 2);
        List<String> before = jdbc.queryForList(ORGANISATION_ROWS, String.class, (Object) tenants);
        UUID stray = UUID.randomUUID();
        jdbc.update("""
                insert into read.organisation (tenant_id, name, slug, default_currency, time_zone, locale,
                    display_name, status, created_at, updated_at, position)
                values (?, 'Stray', ?, 'EUR', 'UTC', 'en', 'Stray', 'ACTIVE', now(), now(), 0)""",
                stray, "stray-" + stray);

        admin.post().uri("/api/v1/admin/projections/organisations/replay").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
                .expectBody().jsonPath("$.name").isEqualTo("organisations");

        assertThat(jdbc.queryForObject("select count(*) from read.organisation where tenant_id = ?", Long.class,
                stray)).isZero();
        await().atMost(CAUGHT_UP).untilAsserted(() -> {
            assertThat(jdbc.queryForList(ORGANISATION_ROWS, String.class, (Object) tenants)).isEqualTo(before);
            admin.get().uri("/api/v1/admin/projections/organisations").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("RUNNING")
                    .jsonPath("$.eventsBehind").isEqualTo(0);
        });
    }

    @Test
    void lagOfEveryProcessorIsExposedToPrometheus() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .containsPattern("admitone_projection_events_behind\\{[^}]*processor=\"orders\"")
                        .containsPattern("admitone_projection_seconds_behind\\{[^}]*processor=\"holds\"")
                        .containsPattern("admitone_projection_position\\{[^}]*processor=\"availability\"")
                        .containsPattern("admitone_projection_error\\{[^}]*processor=\"order-returns\"} 0.0"));
    }
}
