package io.admitone.server.webhooks.reads;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.lists.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static io.admitone.server.webhooks.reads.WebhookRows.START;
import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's notifications, newest first, for any of its staff who may read the organisation. */
class NotificationReadsTest extends ServerIntegrationTest {

    private static final String DISABLED = "webhook-subscription-disabled";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void notificationsAreNewestFirstFilteredByKindAndOnlyTheOrganisationsOwn() {
        WebhookRows rows = new WebhookRows(jdbc);
        String org = createOrganisation("notified");
        String other = createOrganisation("not-notified");
        UUID subscription = UUID.randomUUID();
        UUID oldest = rows.notification(org, DISABLED, subscription, START);
        UUID middle = rows.notification(org, "something-else", null, START.plusSeconds(60));
        UUID newest = rows.notification(org, DISABLED, subscription, START.plusSeconds(120));
        rows.notification(other, DISABLED, UUID.randomUUID(), START.plusSeconds(90));
        WebTestClient boxOffice = member(org, StaffRole.BOX_OFFICE);
        String notifications = "/api/v1/orgs/" + org + "/notifications";

        List<JsonNode> all = Pages.all(boxOffice, notifications, 1);
        assertThat(Pages.field(all, "id")).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        assertThat(Pages.field(all, "kind")).containsExactly(DISABLED, "something-else", DISABLED);
        assertThat(Pages.field(all, "subjectId")).containsExactly(subscription.toString(), null,
                subscription.toString());
        assertThat(all.getFirst().get("message").asString()).isEqualTo(DISABLED + " at " + START.plusSeconds(120));
        assertThat(all.getFirst().get("createdAt").asString()).isEqualTo(START.plusSeconds(120).toString());
        assertThat(Pages.field(Pages.all(boxOffice, notifications + "?kind=" + DISABLED, 50), "id"))
                .containsExactly(newest.toString(), oldest.toString());
        assertThat(Pages.field(Pages.all(boxOffice, notifications + "?sort=createdAt", 2), "id"))
                .containsExactly(oldest.toString(), middle.toString(), newest.toString());
        member(other, StaffRole.ADMIN).get().uri(notifications).exchange().expectStatus().isNotFound();
    }
}
