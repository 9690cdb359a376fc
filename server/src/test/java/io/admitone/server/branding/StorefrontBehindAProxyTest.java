package io.admitone.server.branding;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behind a reverse proxy whose forwarded headers the server is told to trust, the forwarded host names the
 * storefront's organisation and the address of uploaded logos.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class StorefrontBehindAProxyTest extends ServerIntegrationTest {

    @Test
    void theForwardedHostNamesTheOrganisation() {
        String org = createOrganisation("proxied");
        String domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        admin.patch().uri("/api/v1/orgs/{org}", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Proxied", "customDomain", domain)))
                .exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.get().uri("/api/v1/storefront/branding")
                .header("X-Forwarded-Host", domain)
                .header("X-Forwarded-Proto", "https")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(org));
        http.get().uri("/api/v1/storefront/branding").header(HttpHeaders.HOST, "localhost")
                .header("X-Forwarded-Host", "unknown-" + domain)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void anUploadedLogosUrlStartsWithTheAddressTheProxyWasCalledAt() {
        String org = createOrganisation("proxied-logo");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        JsonNode uploaded = admin.put().uri("/api/v1/orgs/{org}/branding/logo", org).contentType(MediaType.IMAGE_PNG)
                .header("X-Forwarded-Host", "api.tickets.example")
                .header("X-Forwarded-Proto", "https")
                .bodyValue(png)
                .exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(uploaded.get("logoUrl").asString())
                .startsWith("https://api.tickets.example/api/v1/orgs/" + org + "/branding/logos/");
    }
}
