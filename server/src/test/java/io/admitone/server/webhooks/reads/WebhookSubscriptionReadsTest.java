package io.admitone.server.webhooks.reads;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.lists.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.admitone.server.webhooks.reads.WebhookRows.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's webhook subscriptions read as integrators see them: settings and state without secrets, the
 * status derived from staff's switch and the dispatcher's verdict, paging, filters, and nothing of another
 * organisation.
 */
class WebhookSubscriptionReadsTest extends ServerIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private WebhookRows rows;
    private String org;
    private WebTestClient integrator;

    @BeforeEach
    void anOrganisationWithAnIntegrator() {
        rows = new WebhookRows(jdbc);
        org = createOrganisation("hooks");
        integrator = member(org, StaffRole.INTEGRATOR);
    }

    @Test
    void aSubscriptionShowsItsSettingsStateAndPendingDeliveriesButNoSecret() {
        UUID subscription = rows.subscription(org, WebhookRows.Settings.active("https://erp.example/hooks", START));
        UUID message = rows.message(org, "order.confirmed", 11);
        rows.delivery(org, subscription, message);
        rows.delivery(org, subscription, rows.message(org, "order.refunded", 12));
        rows.delivery(org, subscription, message, "redelivery", UUID.randomUUID(), "delivered");

        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{id}", org, subscription).exchange()
                .expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.id").isEqualTo(subscription.toString())
                .jsonPath("$.url").isEqualTo("https://erp.example/hooks")
                .jsonPath("$.eventTypes").isEqualTo(List.of("order.*", "hold.expired"))
                .jsonPath("$.description").isEqualTo("Orders to the ERP")
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.disabledAt").doesNotExist()
                .jsonPath("$.failingSince").isEqualTo(START.plusSeconds(120).toString())
                .jsonPath("$.previousSecretValidUntil").isEqualTo(START.plusSeconds(86_400).toString())
                .jsonPath("$.createdAt").isEqualTo(START.toString())
                .jsonPath("$.changedAt").isEqualTo(START.plusSeconds(60).toString())
                .jsonPath("$.pending").isEqualTo(2)
                .jsonPath("$.secret").doesNotExist()
                .jsonPath("$.sealedSecret").doesNotExist()
                .jsonPath("$.leaseOwner").doesNotExist()
                .jsonPath("$.position").doesNotExist();
    }

    @Test
    void pausedWinsOverDisabledAndTheListFiltersByStatusAndSwitch() {
        UUID active = rows.subscription(org, WebhookRows.Settings.active("https://a.example/", START));
        UUID paused = rows.subscription(org, new WebhookRows.Settings("https://b.example/", false,
                START.plusSeconds(5), START.plusSeconds(1)));
        UUID disabled = rows.subscription(org, new WebhookRows.Settings("https://c.example/", true,
                START.plusSeconds(5), START.plusSeconds(2)));
        String list = "/api/v1/orgs/" + org + "/webhooks";

        List<JsonNode> all = Pages.all(integrator, list, 50);
        assertThat(Pages.field(all, "id")).containsExactly(active.toString(), paused.toString(), disabled.toString());
        assertThat(Pages.field(all, "status")).containsExactly("active", "paused", "disabled");
        assertThat(all.get(2).get("disabledReason").asString()).isEqualTo("The endpoint answered 410 Gone");
        assertThat(all.get(2).get("disabledAt").asString()).isEqualTo(START.plusSeconds(5).toString());
        assertThat(Pages.field(Pages.all(integrator, list + "?status=paused", 50), "id"))
                .containsExactly(paused.toString());
        assertThat(Pages.field(Pages.all(integrator, list + "?status=DISABLED", 50), "id"))
                .containsExactly(disabled.toString());
        assertThat(Pages.field(Pages.all(integrator, list + "?status=active", 50), "id"))
                .containsExactly(active.toString());
        assertThat(Pages.field(Pages.all(integrator, list + "?enabled=true", 50), "id"))
                .containsExactly(active.toString(), disabled.toString());
        assertThat(Pages.field(Pages.all(integrator, list + "?enabled=false&status=disabled", 50), "id")).isEmpty();
        integrator.get().uri(list + "?status=failing").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "-createdAt", "url", "-url"})
    void theListPagesThroughEverySortWithoutRepeatingOrSkipping(String sort) {
        List<String> urls = List.of("https://d.example/", "https://b.example/", "https://b.example/",
                "https://a.example/");
        for (int i = 0; i < urls.size(); i++) {
            // two pairs share a creation time, and two subscriptions a URL: only their ids order them
            rows.subscription(org, WebhookRows.Settings.active(urls.get(i), START.plusSeconds(i / 2)));
        }
        String uri = "/api/v1/orgs/" + org + "/webhooks?sort=" + sort;
        List<JsonNode> whole = Pages.all(integrator, uri, 50);
        assertThat(Pages.field(Pages.all(integrator, uri, 1), "id")).hasSize(4)
                .containsExactlyElementsOf(Pages.field(whole, "id"));
        Comparator<String> order = Comparator.naturalOrder();
        assertThat(Pages.field(whole, sort.replace("-", "")))
                .isSortedAccordingTo(sort.startsWith("-") ? order.reversed() : order);
    }

    @Test
    void anotherOrganisationsSubscriptionIsNotFound() {
        String other = createOrganisation("other-hooks");
        UUID theirs = rows.subscription(other, WebhookRows.Settings.active("https://theirs.example/", START));
        UUID ours = rows.subscription(org, WebhookRows.Settings.active("https://ours.example/", START));

        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{id}", org, theirs).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        integrator.get().uri("/api/v1/orgs/{org}/webhooks/{id}", org, UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();
        assertThat(Pages.field(Pages.all(integrator, "/api/v1/orgs/" + org + "/webhooks", 50), "id"))
                .containsExactly(ours.toString());
        WebTestClient theirIntegrator = member(other, StaffRole.INTEGRATOR);
        theirIntegrator.get().uri("/api/v1/orgs/{org}/webhooks/{id}", org, ours).exchange()
                .expectStatus().isNotFound();
        theirIntegrator.get().uri("/api/v1/orgs/{org}/webhooks", org).exchange().expectStatus().isNotFound();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOX_OFFICE", "ANALYST", "EVENT_MANAGER", "FINANCE"})
    void rolesThatDoNotManageWebhooksCannotReadThem(String role) {
        UUID subscription = rows.subscription(org, WebhookRows.Settings.active("https://erp.example/", START));
        WebTestClient staff = member(org, StaffRole.valueOf(role));
        String base = "/api/v1/orgs/" + org + "/webhooks";
        for (String uri : List.of(base, base + "/" + subscription, base + "/" + subscription + "/deliveries",
                base + "/" + subscription + "/deliveries/" + UUID.randomUUID())) {
            staff.get().uri(uri).exchange().expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        }
        member(org, StaffRole.ADMIN).get().uri(base + "/" + subscription).exchange().expectStatus().isOk();
    }
}
