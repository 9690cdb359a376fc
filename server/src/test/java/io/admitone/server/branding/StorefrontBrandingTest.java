package io.admitone.server.branding;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Storefronts read their organisation's branding without credentials, naming it by the custom domain they are
 * served from or by its slug; a custom domain belongs to one organisation only.
 */
class StorefrontBrandingTest extends ServerIntegrationTest {

    @Test
    void aStorefrontFindsItsBrandingByTheHostItIsServedFrom() {
        String org = createOrganisation("domain");
        String domain = uniqueDomain();
        brand(org, domain).expectStatus().isAccepted();
        awaitDomain(org, domain);

        http.get().uri("/api/v1/storefront/branding").header(HttpHeaders.HOST, domain.toUpperCase() + ":443")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(org)
                .jsonPath("$.displayName").isEqualTo("Arena Tickets")
                .jsonPath("$.primaryColour").isEqualTo("#ff8800")
                .jsonPath("$.accentColour").isEqualTo("#112233")
                .jsonPath("$.customDomain").isEqualTo(domain)
                .jsonPath("$.emailSenderName").isEqualTo("Arena Box Office")
                .jsonPath("$.emailSenderAddress").doesNotExist();
    }

    @Test
    void aStorefrontFindsItsBrandingBySlug() {
        String org = createOrganisation("by-slug");
        String slug = await().atMost(Duration.ofSeconds(20)).until(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody(Map.class).returnResult().getResponseBody().get("slug"), Objects::nonNull)
                .toString();

        http.get().uri("/api/v1/storefront/branding?organisation={slug}", slug).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(org).jsonPath("$.slug").isEqualTo(slug);
        http.get().uri("/api/v1/storefront/branding?organisation=no-such-organisation").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void anUnknownDomainIsNotFound() {
        http.get().uri("/api/v1/storefront/branding").header(HttpHeaders.HOST, uniqueDomain())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void aStorefrontOnAnotherOriginMayReadBranding() {
        http.options().uri("/api/v1/storefront/branding")
                .header(HttpHeaders.ORIGIN, "https://shop.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        http.get().uri("/api/v1/storefront/branding?organisation=no-such-organisation")
                .header(HttpHeaders.ORIGIN, "https://shop.example.org")
                .exchange().expectStatus().isNotFound()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        http.options().uri("/api/v1/storefront/branding")
                .header(HttpHeaders.ORIGIN, "https://shop.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aCustomDomainAnotherOrganisationHasIsRefusedUntilItIsGivenUp() {
        String first = createOrganisation("domain-first");
        String second = createOrganisation("domain-second");
        String domain = uniqueDomain();
        brand(first, domain).expectStatus().isAccepted();

        brand(second, domain.toUpperCase()).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("custom-domain-taken");

        String elsewhere = uniqueDomain();
        brand(first, elsewhere).expectStatus().isAccepted();
        brand(second, domain).expectStatus().isAccepted();
        awaitDomain(first, elsewhere);
        awaitDomain(second, domain);
        http.get().uri("/api/v1/storefront/branding").header(HttpHeaders.HOST, domain)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(second);
    }

    @Test
    void theEmailSenderIsPartOfTheBranding() {
        String org = createOrganisation("sender");
        brand(org, null).expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody()
                .jsonPath("$.emailSenderName").isEqualTo("Arena Box Office")
                .jsonPath("$.emailSenderAddress").isEqualTo("Tickets@arena.example"));

        Map<String, Object> invalid = branding(null);
        invalid.put("emailSenderAddress", "Arena <tickets@arena.example>");
        patch(org, invalid).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-organisation-settings");
    }

    private WebTestClient.ResponseSpec brand(String org, String domain) {
        return patch(org, branding(domain));
    }

    private WebTestClient.ResponseSpec patch(String org, Map<String, Object> branding) {
        return admin.patch().uri("/api/v1/orgs/{org}", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", branding)).exchange();
    }

    private static Map<String, Object> branding(String domain) {
        Map<String, Object> branding = new HashMap<>(Map.of("displayName", "Arena Tickets", "primaryColour", "#FF8800",
                "accentColour", "#112233", "emailSenderName", "Arena Box Office",
                "emailSenderAddress", "Tickets@Arena.example"));
        branding.put("customDomain", domain);
        return branding;
    }

    private void awaitDomain(String org, String domain) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody().jsonPath("$.customDomain").isEqualTo(domain));
    }

    private static String uniqueDomain() {
        return "tickets-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }
}
