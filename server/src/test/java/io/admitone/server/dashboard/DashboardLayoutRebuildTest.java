package io.admitone.server.dashboard;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.admitone.server.dashboard.DashboardLayoutsTest.LAYOUT;
import static io.admitone.server.dashboard.DashboardLayoutsTest.save;
import static io.admitone.server.dashboard.DashboardLayoutsTest.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The layouts are rebuilt from their events alone: a replay and a zero-downtime rebuild give back the same rows. */
class DashboardLayoutRebuildTest extends ServerIntegrationTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(60);
    private static final String PROJECTION = "/api/v1/admin/projections/dashboard-layouts";
    private static final String ROWS = "select row_to_json(d)::text from read.dashboard_layout d "
            + "where tenant_id = ? order by user_id";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayAndARebuildKeepEveryMembersLastLayout() {
        String org = createOrganisation("dashboard-rebuild");
        WebTestClient owner = member(org, StaffRole.OWNER);
        WebTestClient boxOffice = member(org, StaffRole.BOX_OFFICE);
        save(owner, org, List.of(widget("sales-today", 1, 1, 2, 1)));
        save(owner, org, List.of(widget("sales-today", 1, 1, 4, 2), widget("orders", 5, 1, 8, 3)));
        long last = save(boxOffice, org, List.of());
        owner.get().uri(LAYOUT + "?minPosition={position}", org, last).exchange().expectStatus().isOk();
        List<String> live = rows(org);
        assertThat(live).hasSize(2);

        admin.post().uri(PROJECTION + "/replay").exchange().expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(CAUGHT_UP).untilAsserted(() -> assertThat(rows(org)).isEqualTo(live));

        admin.post().uri(PROJECTION + "/rebuild").exchange().expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(CAUGHT_UP).untilAsserted(() -> admin.get().uri(PROJECTION).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.rebuild.state").isEqualTo("DONE")
                .jsonPath("$.state").isEqualTo("RUNNING"));
        assertThat(rows(org)).isEqualTo(live);
        owner.get().uri(LAYOUT, org).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.widgets[1].type").isEqualTo("orders")
                .jsonPath("$.widgets[1].height").isEqualTo(3);
    }

    private List<String> rows(String org) {
        return jdbc.queryForList(ROWS, String.class, UUID.fromString(org));
    }
}
