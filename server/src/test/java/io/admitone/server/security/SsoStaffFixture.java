package io.admitone.server.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Organisations and staff made through the API, for tests that sign in at the identity provider stand-in. */
final class SsoStaffFixture {

    static final Duration READ_MODELS = Duration.ofSeconds(30);

    record Member(String userId, String email, String organisation) {
    }

    private final WebTestClient http;
    private final WebTestClient admin;
    private final IdentityProviderStandIn provider;

    SsoStaffFixture(WebTestClient http, WebTestClient admin, IdentityProviderStandIn provider) {
        this.http = http;
        this.admin = admin;
        this.provider = provider;
    }

    /** As patient as {@code RunningServer}'s client: on a busy machine a request can take longer than the default 5 s. */
    WebTestClient signedIn(String token) {
        return http.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** Invited, accepted, and visible to the read side: its provider token reads the organisation. */
    Member activeMember(String organisation, String role) {
        String email = "sso-" + UUID.randomUUID() + "@example.com";
        JsonNode invited = invite(organisation, email, role);
        String userId = invited.get("userId").asString();
        http.post().uri("/api/v1/auth/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId, "token", invited.get("invitationToken").asString(),
                        "password", "a long enough password"))
                .exchange().expectStatus().isNoContent();
        WebTestClient member = signedIn(provider.sign(provider.claims(email)));
        await().atMost(READ_MODELS).untilAsserted(() -> member.get().uri("/api/v1/orgs/{org}", organisation).exchange()
                .expectStatus().isOk());
        return new Member(userId, email, organisation);
    }

    JsonNode invite(String organisation, String email, String role) {
        return admin.post().uri("/api/v1/orgs/{org}/members", organisation).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Staff", "roles", List.of(role)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    String organisation() {
        return admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Org", "slug", "sso-" + suffix(), "defaultCurrency", "EUR",
                        "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
