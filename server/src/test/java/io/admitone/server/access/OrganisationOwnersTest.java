package io.admitone.server.access;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Once an organisation has an owner it keeps one, whoever removes whom and however many at once. */
class OrganisationOwnersTest extends ServerIntegrationTest {

    private static final String DONE = "204";
    private static final String LAST_OWNER = "409 last-owner";
    private static final int ROUNDS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder accessTokens;

    @Test
    void theLastOwnerCanBeNeitherRemovedNorStrippedOfTheOwnerRoleUntilAnotherOwnerExists() {
        String org = createOrganisation();
        String ada = invite(org, "owner");

        assertThat(remove(admin, org, ada)).isEqualTo(LAST_OWNER);
        assertThat(changeRoles(org, ada, "admin")).isEqualTo(LAST_OWNER);

        String bob = invite(org, "finance");
        assertThat(changeRoles(org, bob, "owner", "finance")).isEqualTo(DONE);
        assertThat(changeRoles(org, ada, "admin")).isEqualTo(DONE);
        assertThat(remove(admin, org, bob)).isEqualTo(LAST_OWNER);
        assertThat(owners(org)).containsExactly(bob);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}/members", org)
                .exchange().expectBody()
                .jsonPath("$.items[?(@.userId == '" + ada + "')].roles[0]").isEqualTo("admin")
                .jsonPath("$.items[?(@.userId == '" + bob + "')].roles[1]").isEqualTo("owner"));
    }

    @Test
    void aMemberOfAnotherOrganisationInvitedAsOwnerTakesOverFromTheFirstOwner() {
        String org = createOrganisation();
        String ada = invite(org, "owner");
        String otherOrg = createOrganisation();
        String email = "cleo-" + UUID.randomUUID() + "@example.com";
        String cleo = invite(otherOrg, email, "analyst");

        assertThat(invite(org, email, "owner")).isEqualTo(cleo);
        assertThat(remove(admin, org, ada)).isEqualTo(DONE);
        assertThat(owners(org)).containsExactly(cleo);
        assertThat(remove(admin, org, cleo)).isEqualTo(LAST_OWNER);
    }

    /** Each owner removes the other at the same moment; the owner rows' locks let exactly one of them win. */
    @Test
    void twoOwnersRemovingEachOtherAtOnceLeaveExactlyOneOwner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String org = createOrganisation();
            String ada = invite(org, "owner");
            String bob = invite(org, "owner");
            WebTestClient asAda = signedInAsOwner(ada, org);
            WebTestClient asBob = signedInAsOwner(bob, org);

            List<String> outcomes = AllAtOnce.run(List.<Callable<String>>of(
                    () -> remove(asAda, org, bob), () -> remove(asBob, org, ada)));

            assertThat(outcomes).containsExactlyInAnyOrder(DONE, LAST_OWNER);
            String survivor = outcomes.get(0).equals(DONE) ? ada : bob;
            assertThat(owners(org)).containsExactly(survivor);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get()
                    .uri("/api/v1/orgs/{org}/members", org).exchange().expectBody()
                    .jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].userId").isEqualTo(survivor)
                    .jsonPath("$.items[0].roles[0]").isEqualTo("owner"));
        }
    }

    @Test
    void aDisabledOwnerNoLongerCountsSoTheOtherOwnerIsTheLast() {
        String org = createOrganisation();
        String ada = invite(org, "owner");
        String bob = invite(org, "owner");

        admin.post().uri("/api/v1/admin/users/{user}/disable", ada).exchange().expectStatus().isNoContent();

        assertThat(owners(org)).containsExactly(bob);
        assertThat(remove(admin, org, bob)).isEqualTo(LAST_OWNER);
        assertThat(changeRoles(org, bob, "admin")).isEqualTo(LAST_OWNER);
    }

    @Test
    void thePlatformAdminMayDisableTheLastOwnerAndThenAppointAnother() {
        String org = createOrganisation();
        String ada = invite(org, "owner");

        admin.post().uri("/api/v1/admin/users/{user}/disable", ada).exchange().expectStatus().isNoContent();
        assertThat(owners(org)).isEmpty();

        String bob = invite(org, "owner");
        assertThat(owners(org)).containsExactly(bob);
        assertThat(remove(admin, org, bob)).isEqualTo(LAST_OWNER);
    }

    private String invite(String org, String role) {
        return invite(org, "owner-" + UUID.randomUUID() + "@example.com", role);
    }

    private String invite(String org, String email, String role) {
        return admin.post().uri("/api/v1/orgs/{org}/members", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Owner", "roles", List.of(role)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("userId").asString();
    }

    /** "204" on success, otherwise the status and the problem's code. */
    private static String remove(WebTestClient caller, String org, String userId) {
        return outcome(caller.delete().uri("/api/v1/orgs/{org}/members/{user}", org, userId)
                .exchange().expectBody(JsonNode.class).returnResult());
    }

    private String changeRoles(String org, String userId, String... roles) {
        return outcome(admin.put().uri("/api/v1/orgs/{org}/members/{user}/roles", org, userId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("roles", List.of(roles)))
                .exchange().expectBody(JsonNode.class).returnResult());
    }

    private static String outcome(EntityExchangeResult<JsonNode> result) {
        int status = result.getStatus().value();
        return status == 204 ? DONE : status + " " + result.getResponseBody().get("code").asString();
    }

    /** The owner's own token, as sign-in would issue it to an owner who accepted their invitation. */
    private WebTestClient signedInAsOwner(String userId, String org) {
        Caller owner = new Caller(userId, false, Map.of(TenantId.of(org), Set.of(StaffRole.OWNER)));
        return http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.forCaller(accessTokens, owner))
                .build();
    }

    private List<String> owners(String org) {
        return jdbc.queryForList("select user_id::text from command.organisation_owner where tenant_id = ?::uuid",
                String.class, org);
    }

    private String createOrganisation() {
        String slug = "owners-" + UUID.randomUUID().toString().substring(0, 8);
        return admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Org", "slug", slug, "defaultCurrency", "EUR", "timeZone", "Europe/Berlin",
                        "locale", "de-DE"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }
}
