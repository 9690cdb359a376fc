package io.admitone.server.webhooks;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The write side of webhook subscriptions over HTTP: shapes, answers, rejections and the sealed secret. */
class WebhookSubscriptionCommandsTest extends ServerIntegrationTest {

    private static final String URL = "https://203.0.113.10/hooks";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anIntegratorSubscribesChangesRotatesAsksAgainAndDeletes() {
        String arena = createOrganisation("webhooks");
        WebTestClient integrator = member(arena, StaffRole.INTEGRATOR);
        JsonNode created = integrator.post().uri("/api/v1/orgs/{org}/webhooks", arena)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", URL, "eventTypes", List.of("order.*", "order.*", "hold.expired")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = created.get("id").asString();
        String secret = created.get("secret").asString();
        assertThat(created.get("eventTypes").values()).extracting(JsonNode::asString)
                .containsExactly("order.*", "hold.expired");
        assertThat(created.get("description").asString()).isEmpty();
        assertThat(created.get("enabled").asBoolean()).isTrue();
        assertThat(secret).startsWith("whsec_");
        assertThat(storedEventsContaining(secret.substring("whsec_".length()))).isZero();

        integrator.patch().uri("/api/v1/orgs/{org}/webhooks/{id}", arena, id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("enabled", false, "description", "Box office"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.url").isEqualTo(URL)
                .jsonPath("$.eventTypes[1]").isEqualTo("hold.expired")
                .jsonPath("$.description").isEqualTo("Box office")
                .jsonPath("$.enabled").isEqualTo(false)
                .jsonPath("$.secret").doesNotExist();
        integrator.post().uri("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", arena, id)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.secret").value(String.class, rotated ->
                        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret))
                .jsonPath("$.previousSecretValidUntil").isNotEmpty();
        integrator.post().uri("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", arena, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("gracePeriod", "P8D"))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-webhook-subscription");
        UUID delivery = UUID.randomUUID();
        integrator.post().uri("/api/v1/orgs/{org}/webhooks/{id}/deliveries/{delivery}/redeliver", arena, id, delivery)
                .exchange().expectStatus().isAccepted().expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.redeliveryOf").isEqualTo(delivery.toString());
        integrator.post().uri("/api/v1/orgs/{org}/webhooks/{id}/replay", arena, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fromPosition", 1))
                .exchange().expectStatus().isAccepted().expectBody()
                .jsonPath("$.replayId").isNotEmpty()
                .jsonPath("$.fromPosition").isEqualTo(1);
        integrator.post().uri("/api/v1/orgs/{org}/webhooks/{id}/replay", arena, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isEqualTo(422);

        integrator.delete().uri("/api/v1/orgs/{org}/webhooks/{id}", arena, id).exchange().expectStatus().isNoContent();
        integrator.delete().uri("/api/v1/orgs/{org}/webhooks/{id}", arena, id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void badRequestsAreToldWhatIsWrong() {
        String arena = createOrganisation("webhooks");
        String club = createOrganisation("webhooks");
        WebTestClient integrator = member(arena, StaffRole.INTEGRATOR);
        integrator.post().uri("/api/v1/orgs/{org}/webhooks", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", URL)).exchange().expectStatus().isBadRequest();
        integrator.post().uri("/api/v1/orgs/{org}/webhooks", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://127.0.0.1:9000/hooks", "eventTypes", List.of("*")))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-webhook-subscription");
        integrator.post().uri("/api/v1/orgs/{org}/webhooks", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", URL, "eventTypes", List.of("order.shipped")))
                .exchange().expectStatus().isEqualTo(422);
        member(arena, StaffRole.ANALYST).post().uri("/api/v1/orgs/{org}/webhooks", arena)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", URL, "eventTypes", List.of("*")))
                .exchange().expectStatus().isForbidden();

        String id = integrator.post().uri("/api/v1/orgs/{org}/webhooks", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", URL, "eventTypes", List.of("*"))).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        member(club, StaffRole.INTEGRATOR).patch().uri("/api/v1/orgs/{org}/webhooks/{id}", club, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("enabled", false))
                .exchange().expectStatus().isNotFound();
        integrator.patch().uri("/api/v1/orgs/{org}/webhooks/{id}", arena, UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("enabled", false))
                .exchange().expectStatus().isNotFound();
    }

    private int storedEventsContaining(String text) {
        return jdbc.queryForObject("select count(*) from axon.domain_event_entry "
                + "where position(? in convert_from(payload, 'UTF8')) > 0", Integer.class, text);
    }
}
