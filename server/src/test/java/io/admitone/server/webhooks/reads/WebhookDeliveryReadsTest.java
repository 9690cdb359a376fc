package io.admitone.server.webhooks.reads;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.lists.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.admitone.server.webhooks.reads.WebhookRows.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription's delivery log, newest first, and one delivery with its envelope and attempts; a delivery of another
 * subscription or organisation is not found.
 */
class WebhookDeliveryReadsTest extends ServerIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private WebhookRows rows;
    private String org;
    private WebTestClient integrator;
    private UUID subscription;
    private String deliveries;

    @BeforeEach
    void aSubscription() {
        rows = new WebhookRows(jdbc);
        org = createOrganisation("deliveries");
        integrator = member(org, StaffRole.INTEGRATOR);
        subscription = rows.subscription(org, WebhookRows.Settings.active("https://erp.example/", START));
        deliveries = "/api/v1/orgs/" + org + "/webhooks/" + subscription + "/deliveries";
    }

    @Test
    void theLogIsNewestFirstAndPagesWithoutRepeatingOrSkipping() {
        List<String> written = new ArrayList<>();
        for (int position = 1; position <= 5; position++) {
            written.add(rows.delivery(org, subscription, rows.message(org, "order.placed", position)).toString());
        }
        List<String> newestFirst = written.reversed();

        assertThat(Pages.field(Pages.all(integrator, deliveries, 50), "id")).containsExactlyElementsOf(newestFirst);
        assertThat(Pages.field(Pages.all(integrator, deliveries, 2), "id")).containsExactlyElementsOf(newestFirst);
        assertThat(Pages.field(Pages.all(integrator, deliveries + "?sort=sequence", 2), "id"))
                .containsExactlyElementsOf(written);
    }

    @Test
    void aLogEntrySaysWhatWasSentHowAndHowItWent() {
        UUID message = rows.message(org, "order.confirmed", 3);
        UUID live = rows.delivery(org, subscription, message, "live", null, "delivered");
        UUID replay = UUID.randomUUID();
        rows.delivery(org, subscription, message, "replay", replay, "pending");
        rows.delivery(org, subscription, message, "redelivery", live, "pending");

        List<JsonNode> log = Pages.all(integrator, deliveries, 50);
        assertThat(Pages.field(log, "kind")).containsExactly("redelivery", "replay", "live");
        assertThat(Pages.field(log, "redeliveryOf")).containsExactly(live.toString(), null, null);
        assertThat(Pages.field(log, "replayId")).containsExactly(null, replay.toString(), null);
        JsonNode delivered = log.get(2);
        assertThat(delivered.get("id").asString()).isEqualTo(live.toString());
        assertThat(delivered.get("messageId").asString()).isEqualTo(message.toString());
        assertThat(delivered.get("type").asString()).isEqualTo("order.confirmed");
        assertThat(delivered.get("status").asString()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivered.get("lastStatus").asInt()).isEqualTo(204);
        assertThat(delivered.get("createdAt").asString()).isEqualTo(START.toString());
        assertThat(delivered.get("deliveredAt").asString()).isEqualTo(START.plusSeconds(1).toString());
        assertThat(delivered.get("nextAttemptAt").isNull()).isTrue();
        assertThat(log.get(0).get("nextAttemptAt").asString()).isEqualTo(START.plusSeconds(5).toString());
        assertThat(delivered.has("sequence")).isFalse();
        assertThat(delivered.has("payload")).isFalse();
    }

    @Test
    void theLogFiltersByStatusKindAndType() {
        UUID placed = rows.message(org, "order.placed", 1);
        UUID expired = rows.message(org, "hold.expired", 2);
        UUID pendingLive = rows.delivery(org, subscription, placed);
        UUID deliveredLive = rows.delivery(org, subscription, expired, "live", null, "delivered");
        UUID pendingReplay = rows.delivery(org, subscription, expired, "replay", UUID.randomUUID(), "pending");

        assertThat(ids("?status=pending")).containsExactly(pendingReplay.toString(), pendingLive.toString());
        assertThat(ids("?status=delivered")).containsExactly(deliveredLive.toString());
        assertThat(ids("?kind=replay")).containsExactly(pendingReplay.toString());
        assertThat(ids("?kind=redelivery")).isEmpty();
        assertThat(ids("?type=hold.expired")).containsExactly(pendingReplay.toString(), deliveredLive.toString());
        assertThat(ids("?type=hold.expired&kind=live&status=delivered")).containsExactly(deliveredLive.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=failed", "kind=retry", "type=order.shipped", "sort=createdAt"})
    void aBadFilterIsA400NamingIt(String query) {
        integrator.get().uri(deliveries + "?" + query).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void aDeliveryShowsItsEnvelopeAsJsonAndEveryAttemptInOrder() {
        UUID message = rows.message(org, "order.refunded", 42);
        UUID delivery = rows.delivery(org, subscription, message);
        rows.attempt(org, delivery, 3, 503, null);
        rows.attempt(org, delivery, 1, null, "connection refused");
        rows.attempt(org, delivery, 2, 500, null);

        integrator.get().uri(deliveries + "/{delivery}", delivery).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(delivery.toString())
                .jsonPath("$.messageId").isEqualTo(message.toString())
                .jsonPath("$.type").isEqualTo("order.refunded")
                .jsonPath("$.kind").isEqualTo("live")
                .jsonPath("$.status").isEqualTo("pending")
                .jsonPath("$.payload.id").isEqualTo(message.toString())
                .jsonPath("$.payload.type").isEqualTo("order.refunded")
                .jsonPath("$.payload.position").isEqualTo(42)
                .jsonPath("$.payload.data.marker").isEqualTo("m-42")
                .jsonPath("$.attemptLog[*].attempt").isEqualTo(List.of(1, 2, 3))
                .jsonPath("$.attemptLog[0].statusCode").doesNotExist()
                .jsonPath("$.attemptLog[0].error").isEqualTo("connection refused")
                .jsonPath("$.attemptLog[0].attemptedAt").isEqualTo(START.plusSeconds(10).toString())
                .jsonPath("$.attemptLog[0].nextAttemptAt").isEqualTo(START.plusSeconds(15).toString())
                .jsonPath("$.attemptLog[1].statusCode").isEqualTo(500)
                .jsonPath("$.attemptLog[1].latencyMs").isEqualTo(200)
                .jsonPath("$.attemptLog[1].responseExcerpt").isEqualTo("answer 2")
                .jsonPath("$.attemptLog[2].statusCode").isEqualTo(503)
                .jsonPath("$.delivery").doesNotExist()
                .jsonPath("$.sequence").doesNotExist();
    }

    @Test
    void aDeliveryNotYetAttemptedHasAnEmptyAttemptLog() {
        UUID delivery = rows.delivery(org, subscription, rows.message(org, "order.placed", 1));
        integrator.get().uri(deliveries + "/{delivery}", delivery).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.attemptLog").isEmpty();
    }

    @Test
    void aDeliveryOfAnotherSubscriptionOrOrganisationIsNotFound() {
        UUID message = rows.message(org, "order.placed", 1);
        UUID sibling = rows.subscription(org, WebhookRows.Settings.active("https://crm.example/", START));
        UUID siblings = rows.delivery(org, sibling, message);
        String other = createOrganisation("other-deliveries");
        UUID theirSubscription = rows.subscription(other, WebhookRows.Settings.active("https://x.example/", START));
        UUID theirs = rows.delivery(other, theirSubscription, rows.message(other, "order.placed", 2));

        integrator.get().uri(deliveries + "/{delivery}", siblings).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        integrator.get().uri(deliveries + "/{delivery}", theirs).exchange().expectStatus().isNotFound();
        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{s}/deliveries/{d}", org, theirSubscription, theirs)
                .exchange().expectStatus().isNotFound();
        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{s}/deliveries", org, theirSubscription)
                .exchange().expectStatus().isNotFound();
        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{s}/deliveries", org, UUID.randomUUID())
                .exchange().expectStatus().isNotFound();
        assertThat(Pages.all(integrator, deliveries, 50)).isEmpty();
        member(other, StaffRole.INTEGRATOR).get().uri(deliveries).exchange().expectStatus().isNotFound();
    }

    private List<String> ids(String query) {
        return Pages.field(Pages.all(integrator, deliveries + query, 1), "id");
    }
}
