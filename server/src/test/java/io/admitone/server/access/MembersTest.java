package io.admitone.server.access;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An invited box-office member signs in, sees its organisation but not who else works there, and is disabled;
 * invitations are issued again until accepted, and only into organisations that exist and are not suspended.
 */
class MembersTest extends ServerIntegrationTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvitedMemberAcceptsSignsInAndActsWithinItsRoles() {
        String org = createOrganisation();
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        JsonNode invited = admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Ada", "roles", List.of("box-office")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String userId = invited.get("userId").asString();

        http.post().uri("/api/v1/auth/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId, "token", invited.get("invitationToken").asString(), "password", PASSWORD))
                .exchange().expectStatus().isNoContent();

        WebTestClient ada = http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + signIn(email)).build();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                ada.get().uri("/api/v1/orgs/{org}", org).exchange().expectStatus().isOk());
        ada.get().uri("/api/v1/orgs/{org}/members", org).exchange().expectStatus().isForbidden();
        ada.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "eve@example.com", "displayName", "Eve", "roles", List.of("owner")))
                .exchange().expectStatus().isForbidden();

        admin.get().uri("/api/v1/orgs/{org}/members", org).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].email").isEqualTo(email)
                .jsonPath("$.items[0].roles[0]").isEqualTo("box-office")
                .jsonPath("$.nextCursor").doesNotExist();

        ada.put().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "not my password", "newPassword", "another long password"))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("current-password-mismatch");
        ada.put().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", PASSWORD, "newPassword", "another long password"))
                .exchange().expectStatus().isNoContent();
        ada.post().uri("/api/v1/admin/users/{user}/disable", userId).exchange().expectStatus().isForbidden();

        admin.put().uri("/api/v1/orgs/{org}/members/{user}/roles", org, userId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("box-office", "finance")))
                .exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/members", org)
                .exchange().expectBody().jsonPath("$.items[0].roles.length()").isEqualTo(2));

        admin.delete().uri("/api/v1/orgs/{org}/members/{user}", org, userId).exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/members", org)
                .exchange().expectBody().jsonPath("$.items.length()").isEqualTo(0));

        admin.post().uri("/api/v1/admin/users/{user}/disable", userId).exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.post().uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", "another long password"))
                .exchange().expectStatus().isUnauthorized());
    }

    @Test
    void aWrongInvitationTokenIsRejectedAndInvalidInvitationsNameTheirFields() {
        String org = createOrganisation();
        JsonNode invited = admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "bob-" + UUID.randomUUID() + "@example.com", "displayName", "Bob",
                        "roles", List.of("finance")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        http.post().uri("/api/v1/auth/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", invited.get("userId").asString(), "token", "guessed", "password", PASSWORD))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("invalid-invitation");

        admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "", "displayName", "Nobody", "roles", List.of()))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'roles')]").exists();
        admin.get().uri("/api/v1/orgs/{org}/members?limit=0", org).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
    }

    @Test
    void aMemberWhoHasNotAcceptedIsInvitedAgainWithAFreshTokenThatReplacesTheEarlierOne() {
        String org = createOrganisation();
        String otherOrg = createOrganisation();
        String email = "kim-" + UUID.randomUUID() + "@example.com";
        JsonNode first = invite(org, email, "box-office");
        String userId = first.get("userId").asString();

        JsonNode again = invite(org, email, "box-office");
        JsonNode intoOtherOrg = invite(otherOrg, email, "analyst");
        admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Kim", "roles", List.of("finance")))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("already-a-member");

        List<String> tokens = List.of(first, again, intoOtherOrg).stream()
                .map(answer -> answer.get("invitationToken").asString()).toList();
        assertThat(List.of(again, intoOtherOrg)).allSatisfy(answer ->
                assertThat(answer.get("userId").asString()).isEqualTo(userId));
        assertThat(tokens).doesNotHaveDuplicates().allSatisfy(token -> assertThat(token).hasSize(43));
        accept(userId, tokens.get(0)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-invitation");
        accept(userId, tokens.get(1)).expectStatus().isEqualTo(422);
        accept(userId, tokens.get(2)).expectStatus().isNoContent();
        assertThat(jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where position(? in convert_from(payload, 'UTF8')) > 0""", Long.class, tokens.get(1))).isZero();

        admin.post().uri("/api/v1/orgs/{org}/members", createOrganisation()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Kim", "roles", List.of("finance")))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.userId").isEqualTo(userId)
                .jsonPath("$.invitationToken").doesNotExist();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/members", otherOrg)
                .exchange().expectBody().jsonPath("$.items[0].roles[0]").isEqualTo("analyst"));
    }

    @Test
    void invitationsIntoAnOrganisationThatDoesNotExistOrIsSuspendedAreRefused() {
        String email = "noor-" + UUID.randomUUID() + "@example.com";
        admin.post().uri("/api/v1/orgs/{org}/members", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Noor", "roles", List.of("owner")))
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");

        String org = createOrganisation();
        admin.post().uri("/api/v1/orgs/{org}/suspend", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "unpaid invoices")).exchange().expectStatus().isAccepted();
        admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Noor", "roles", List.of("owner")))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("organisation-suspended");

        admin.post().uri("/api/v1/orgs/{org}/reactivate", org).exchange().expectStatus().isAccepted();
        assertThat(invite(org, email, "owner").get("invitationToken").asString()).isNotBlank();
    }

    private JsonNode invite(String org, String email, String role) {
        return admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Kim", "roles", List.of(role)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec accept(String userId, String token) {
        return http.post().uri("/api/v1/auth/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("userId", userId, "token", token, "password", PASSWORD))
                .exchange();
    }

    private String signIn(String email) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode body = http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("email", email, "password", PASSWORD))
                    .exchange().returnResult(JsonNode.class).getResponseBody().blockFirst();
            return body != null && body.has("accessToken") ? body.get("accessToken").asString() : null;
        }, token -> token != null && tokenHasMembership(token));
    }

    private static boolean tokenHasMembership(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.contains("box-office");
    }

    private String createOrganisation() {
        String slug = "members-" + UUID.randomUUID().toString().substring(0, 8);
        String org = admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Org", "slug", slug, "defaultCurrency", "EUR", "timeZone", "Europe/Berlin",
                        "locale", "de-DE"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        assertThat(org).isNotBlank();
        return org;
    }
}
