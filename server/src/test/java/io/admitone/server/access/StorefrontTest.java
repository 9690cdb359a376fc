package io.admitone.server.access;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Browsers may call the API for an organisation only from its storefront origins; publishable keys name it. */
class StorefrontTest extends ServerIntegrationTest {

    private static final String SHOP = "https://tickets.arena.example";
    private static final String PUBLISHABLE_KEY = "X-AdmitOne-Publishable-Key";

    @Test
    void crossOriginCallsComeOnlyFromTheOrganisationsStorefrontOrigins() {
        String arena = createOrganisation("cors-arena");
        String club = createOrganisation("cors-club");
        admin.patch().uri("/api/v1/orgs/{org}", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("storefront", Map.of("origins", List.of("https://Tickets.Arena.example"))))
                .exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", arena)
                .exchange().expectBody().jsonPath("$.storefrontOrigins[0]").isEqualTo(SHOP));

        http.options().uri("/api/v1/orgs/{org}/events", arena)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, idempotency-key")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP)
                .expectHeader().exists(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        admin.get().uri("/api/v1/orgs/{org}", arena).header(HttpHeaders.ORIGIN, SHOP)
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP);

        http.options().uri("/api/v1/orgs/{org}/events", arena)
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange().expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.options().uri("/api/v1/orgs/{org}/events", club)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange().expectStatus().isForbidden();
        http.options().uri("/api/v1/auth/token")
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aPublishableKeyMustBeValidAndBelongToTheOrganisationOfThePath() {
        String arena = createOrganisation("pk-arena");
        String club = createOrganisation("pk-club");
        JsonNode created = admin.post().uri("/api/v1/orgs/{org}/api-keys", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Web shop", "kind", "publishable")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String key = created.get("key").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", arena)
                .header(PUBLISHABLE_KEY, key).exchange().expectStatus().isOk());
        admin.get().uri("/api/v1/orgs/{org}/api-keys", arena).exchange().expectBody()
                .jsonPath("$.items[0].publishableKey").isEqualTo(key);
        admin.get().uri("/api/v1/orgs/{org}", club).header(PUBLISHABLE_KEY, key)
                .exchange().expectStatus().isForbidden();
        admin.get().uri("/api/v1/orgs/{org}", arena).header(PUBLISHABLE_KEY, "pk_abcdefghijklmnop")
                .exchange().expectStatus().isUnauthorized();

        admin.delete().uri("/api/v1/orgs/{org}/api-keys/{key}", arena, created.get("id").asString())
                .exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", arena)
                .header(PUBLISHABLE_KEY, key).exchange().expectStatus().isUnauthorized());
    }
}
