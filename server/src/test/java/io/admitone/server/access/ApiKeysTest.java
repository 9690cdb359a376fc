package io.admitone.server.access;

import io.admitone.kernel.Digests;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An integrator's secret key works in its organisation, within its roles, until it is revoked. */
class ApiKeysTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(20);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSecretKeyActsWithinItsRolesInItsOwnOrganisationUntilRevoked() {
        String arena = createOrganisation("arena");
        String club = createOrganisation("club");
        JsonNode created = createKey(arena, Map.of("name", "Reporting", "kind", "secret", "roles", List.of("analyst")));
        String key = created.get("key").asString();
        String keyId = created.get("id").asString();
        assertThat(key).startsWith("sk_" + created.get("prefix").asString() + "_");

        WebTestClient integrator = bearer(key);
        await().atMost(PROJECTED).untilAsserted(() ->
                integrator.get().uri("/api/v1/orgs/{org}", arena).exchange().expectStatus().isOk());
        integrator.get().uri("/api/v1/orgs/{org}", club).exchange().expectStatus().isNotFound();
        integrator.patch().uri("/api/v1/orgs/{org}", club).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Taken over")))
                .exchange().expectStatus().isNotFound();
        integrator.patch().uri("/api/v1/orgs/{org}", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Renamed")))
                .exchange().expectStatus().isForbidden();
        integrator.get().uri("/api/v1/orgs/{org}/api-keys", arena).exchange().expectStatus().isForbidden();
        integrator.put().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "whatever it is", "newPassword", "a new long password"))
                .exchange().expectStatus().isForbidden();

        await().atMost(PROJECTED).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/api-keys/{key}", arena, keyId)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Reporting")
                .jsonPath("$.kind").isEqualTo("secret")
                .jsonPath("$.roles[0]").isEqualTo("analyst")
                .jsonPath("$.prefix").isEqualTo(created.get("prefix").asString())
                .jsonPath("$.key").doesNotExist()
                .jsonPath("$.publishableKey").doesNotExist()
                .jsonPath("$.lastUsedAt").isNotEmpty());
        admin.get().uri("/api/v1/orgs/{org}/api-keys/{key}", club, keyId).exchange().expectStatus().isNotFound();
        assertThat(storedEventsContaining(key.substring(20))).isZero();
        assertThat(storedEventsContaining(Digests.sha256Hex(key))).isOne();

        admin.delete().uri("/api/v1/orgs/{org}/api-keys/{key}", club, keyId).exchange().expectStatus().isNotFound();
        admin.delete().uri("/api/v1/orgs/{org}/api-keys/{key}", arena, keyId).exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                integrator.get().uri("/api/v1/orgs/{org}", arena).exchange().expectStatus().isUnauthorized()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        admin.get().uri("/api/v1/orgs/{org}/api-keys", arena).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].revokedAt").isNotEmpty();
    }

    @Test
    void onlyAnUnrevokedSecretKeyIsACredential() {
        String arena = createOrganisation("keys");
        String secret = createKey(arena, Map.of("name", "Sync", "kind", "secret", "roles", List.of("admin")))
                .get("key").asString();
        String publishable = createKey(arena, Map.of("name", "Shop", "kind", "publishable")).get("key").asString();
        await().atMost(PROJECTED).untilAsserted(() ->
                bearer(secret).get().uri("/api/v1/orgs/{org}", arena).exchange().expectStatus().isOk());

        String tampered = secret.substring(0, secret.length() - 2) + (secret.endsWith("AA") ? "BB" : "AA");
        String unknown = "sk_abcdefghijklmnop_" + "A".repeat(43);
        for (String credential : List.of(tampered, unknown, publishable, "sk_not-a-key")) {
            bearer(credential).get().uri("/api/v1/orgs/{org}", arena).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        }
    }

    @Test
    void keysAreListedPageByPage() {
        String arena = createOrganisation("paged-keys");
        for (String name : List.of("One", "Two", "Three")) {
            createKey(arena, Map.of("name", name, "kind", "publishable"));
        }
        JsonNode first = await().atMost(PROJECTED).until(() -> admin.get()
                .uri("/api/v1/orgs/{org}/api-keys?limit=2", arena).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody(), page -> !page.get("nextCursor").isNull());
        assertThat(first.get("items")).hasSize(2);

        admin.get().uri("/api/v1/orgs/{org}/api-keys?limit=2&cursor={cursor}", arena, first.get("nextCursor").asString())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void invalidKeysAreRejectedWithTheirReasons() {
        String arena = createOrganisation("invalid-keys");
        admin.post().uri("/api/v1/orgs/{org}/api-keys", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'kind')]").exists();
        admin.post().uri("/api/v1/orgs/{org}/api-keys", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Shop", "kind", "publishable", "roles", List.of("analyst"))).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-api-key");
        admin.post().uri("/api/v1/orgs/{org}/api-keys", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Sync", "kind", "secret", "roles", List.of("owner"))).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-api-key");
        admin.post().uri("/api/v1/orgs/{org}/api-keys", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Sync", "kind", "secret", "roles", List.of("superuser"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("malformed-request");
        admin.delete().uri("/api/v1/orgs/{org}/api-keys/{key}", arena, "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    private JsonNode createKey(String org, Map<String, Object> request) {
        return admin.post().uri("/api/v1/orgs/{org}/api-keys", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient bearer(String credential) {
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + credential).build();
    }

    private int storedEventsContaining(String text) {
        return jdbc.queryForObject("select count(*) from axon.domain_event_entry "
                + "where position(? in convert_from(payload, 'UTF8')) > 0", Integer.class, text);
    }
}
