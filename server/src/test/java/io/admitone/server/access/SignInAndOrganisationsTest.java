package io.admitone.server.access;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The way in: the bootstrap admin signs in, creates organisations, and members see only their own. */
class SignInAndOrganisationsTest extends ServerIntegrationTest {

    @Autowired
    JwtEncoder accessTokenEncoder;

    @Test
    void theBootstrapAdminSignsInAndCreatesOrganisationsThatMembersOfOthersCannotSee() {
        WebTestClient signedIn = signedInAs(await().atMost(Duration.ofSeconds(30))
                .until(() -> token(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD), t -> t != null));
        String arena = createOrganisation(signedIn, "arena-" + suffix());
        String club = createOrganisation(signedIn, "club-" + suffix());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> signedIn.get().uri("/api/v1/orgs/{id}", arena)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.defaultCurrency").isEqualTo("EUR"));

        WebTestClient analystOfArena = signedInAs(AccessTokens.forCaller(accessTokenEncoder,
                new Caller("analyst", false, Map.of(TenantId.of(arena), Set.of(StaffRole.ANALYST)))));
        analystOfArena.get().uri("/api/v1/orgs/{id}", arena).exchange().expectStatus().isOk();
        analystOfArena.get().uri("/api/v1/orgs/{id}", club).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        analystOfArena.patch().uri("/api/v1/orgs/{id}", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Mine now")))
                .exchange().expectStatus().isForbidden();
        analystOfArena.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organisation("sneaky-" + suffix())).exchange().expectStatus().isForbidden();
    }

    @Test
    void anOwnerChangesBrandingAndTheReadModelFollows() {
        String arena = createOrganisation(admin, "brand-" + suffix());
        WebTestClient owner = signedInAs(AccessTokens.forCaller(accessTokenEncoder,
                new Caller("owner", false, Map.of(TenantId.of(arena), Set.of(StaffRole.OWNER)))));
        owner.patch().uri("/api/v1/orgs/{id}", arena).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "The Arena", "primaryColour", "#112233")))
                .exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> owner.get().uri("/api/v1/orgs/{id}", arena).exchange()
                .expectBody().jsonPath("$.displayName").isEqualTo("The Arena").jsonPath("$.primaryColour").isEqualTo("#112233"));
    }

    @Test
    void aTakenSlugAndAnUnknownCurrencyAreRejectedWithTheirCodes() {
        String slug = "taken-" + suffix();
        createOrganisation(admin, slug);
        admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(slug))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("slug-taken");
        Map<String, String> badCurrency = new java.util.HashMap<>(organisation("coins-" + suffix()));
        badCurrency.put("defaultCurrency", "XYZ1");
        admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(badCurrency)
                .exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void organisationsNeedASignedInCaller() {
        http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation("anon-" + suffix()))
                .exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/orgs/{id}", UUID.randomUUID()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void wrongCredentialsGetOneAnswer() {
        expectRejectedSignIn(TestServers.ADMIN_EMAIL, "not the password at all");
        expectRejectedSignIn("nobody@admitone.test", TestServers.ADMIN_PASSWORD);
        expectRejectedSignIn(TestServers.ADMIN_EMAIL, "x".repeat(100));
        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\": \"\"}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
    }

    private void expectRejectedSignIn(String email, String password) {
        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange().expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private String token(String email, String password) {
        JsonNode body = http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange().returnResult(JsonNode.class).getResponseBody().blockFirst();
        return body != null && body.has("accessToken") ? body.get("accessToken").asString() : null;
    }

    private WebTestClient signedInAs(String token) {
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private static String createOrganisation(WebTestClient client, String slug) {
        return client.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(organisation(slug))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private static Map<String, String> organisation(String slug) {
        return Map.of("name", "Org " + slug, "slug", slug, "defaultCurrency", "EUR", "timeZone", "Europe/Berlin",
                "locale", "de-DE");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
