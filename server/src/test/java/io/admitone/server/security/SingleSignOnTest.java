package io.admitone.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.diagnostics.ProbeRequests;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.security.SsoStaffFixture.Member;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access tokens of an external OpenID Connect issuer, here a real one over HTTP, name AdmitOne users by their
 * verified e-mail; the provider's groups add the roles they are mapped to.
 */
class SingleSignOnTest extends ServerIntegrationTest {

    private static final IdentityProviderStandIn IDP = IdentityProviderStandIn.start();
    private static final String ANALYSTS = "ticketing-analysts";
    /** The organisation whose analysts the group {@value #ANALYSTS} names. */
    private static final TenantId MAPPED = TenantId.random();
    private static final Duration READ_MODELS = SsoStaffFixture.READ_MODELS;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static boolean mappedCreated;
    private static Member ada;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder accessTokenEncoder;

    private SsoStaffFixture staff;

    @BeforeEach
    void staff() {
        staff = new SsoStaffFixture(http, admin, IDP);
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("admitone.security.sso.issuer-uri", IDP::issuer);
        registry.add("admitone.security.sso.audience", () -> IdentityProviderStandIn.AUDIENCE);
        registry.add("admitone.security.sso.role-mappings[0].group", () -> ANALYSTS);
        registry.add("admitone.security.sso.role-mappings[0].organisation-id", MAPPED::toString);
        registry.add("admitone.security.sso.role-mappings[0].role", () -> "analyst");
    }

    @AfterAll
    static void stopTheProvider() {
        IDP.close();
    }

    @Test
    void anActiveUserReadsItsOrganisationWithAProviderTokenWhateverTheCaseOfItsEmail() {
        Member member = ada();
        String token = IDP.sign(IDP.claims(member.email().toUpperCase()));

        signedIn(token).get().uri("/api/v1/orgs/{org}", member.organisation()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.tenantId").isEqualTo(member.organisation());
    }

    @Test
    void aProviderTokenIsToldItsUserAndTheRolesOfItsMembershipsAndGroups() {
        Member member = ada();
        TenantId mapped = mappedOrganisation();
        WebTestClient analyst = signedIn(IDP.sign(IDP.claims(member.email()).claim("groups", List.of(ANALYSTS))));

        analyst.get().uri("/api/v1/me").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.subject").isEqualTo(member.userId())
                .jsonPath("$.platformAdmin").isEqualTo(false)
                .jsonPath("$.memberships['" + member.organisation() + "']").isEqualTo(List.of("box-office"))
                .jsonPath("$.memberships['" + mapped + "']").isEqualTo(List.of("analyst"));
    }

    @Test
    void aGroupMappedToAnalystMayReadTheOrganisationButNotChangeIt() {
        Member member = ada();
        TenantId mapped = mappedOrganisation();
        WebTestClient withoutGroup = signedIn(IDP.sign(IDP.claims(member.email()).claim("groups", List.of("other"))));
        WebTestClient analyst = signedIn(IDP.sign(IDP.claims(member.email()).claim("groups", List.of("other", ANALYSTS))));

        await().atMost(READ_MODELS).untilAsserted(() -> analyst.get().uri("/api/v1/orgs/{org}", mapped).exchange()
                .expectStatus().isOk());
        withoutGroup.get().uri("/api/v1/orgs/{org}", mapped).exchange().expectStatus().isNotFound();
        analyst.patch().uri("/api/v1/orgs/{org}", mapped).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Not mine")))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void groupsAddToStoredRolesAndTheAuditTrailNamesTheUser() {
        Member owner = staff.activeMember(mappedOrganisation().toString(), "owner");
        WebTestClient ownerInAnalystsGroup = signedIn(IDP.sign(IDP.claims(owner.email()).claim("groups", ANALYSTS)));

        ownerInAnalystsGroup.patch().uri("/api/v1/orgs/{org}", owner.organisation()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Signed on")))
                .exchange().expectStatus().isAccepted();

        String metaData = await().atMost(READ_MODELS).until(() -> jdbc.queryForList("""
                select convert_from(meta_data, 'UTF8') from axon.domain_event_entry
                where aggregate_identifier = ? and payload_type like '%BrandingChanged'""", String.class,
                owner.organisation()), rows -> rows.size() == 1).getFirst();
        assertThat(JSON.readTree(metaData).get("actor").asString()).isEqualTo(owner.userId());
    }

    @Test
    void onlyAUserStoredAsPlatformAdminIsOneAndTokenClaimsGrantNothing() {
        Member member = ada();
        WebTestClient claimingMore = signedIn(IDP.sign(IDP.claims(member.email())
                .claim(Caller.PLATFORM_ADMIN_CLAIM, true)
                .claim(Caller.MEMBERSHIPS_CLAIM, Map.of(member.organisation(), List.of("owner")))));
        String platformAdmin = IDP.sign(IDP.claims(TestServers.ADMIN_EMAIL));

        claimingMore.get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE).exchange().expectStatus().isForbidden();
        claimingMore.patch().uri("/api/v1/orgs/{org}", member.organisation()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("branding", Map.of("displayName", "Not mine")))
                .exchange().expectStatus().isForbidden();
        await().atMost(READ_MODELS).untilAsserted(() -> readProbe(platformAdmin).expectStatus().isNotFound());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Member member = ada();
        expectRefused(member, IDP.sign(IDP.claims(member.email()).audience("another-application")));
    }

    @Test
    void expiredTokensAndTokensWithoutExpiryAreRefused() {
        Member member = ada();
        Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
        expectRefused(member, IDP.sign(IDP.claims(member.email()).issueTime(Date.from(twoMinutesAgo.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(twoMinutesAgo))));
        expectRefused(member, IDP.sign(IDP.claims(member.email()).expirationTime(null)));
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        Member member = ada();
        expectRefused(member, IDP.sign(IDP.claims(member.email()).claim("email_verified", false)));
        expectRefused(member, IDP.sign(IDP.claims(member.email()).claim("email_verified", null)));
        expectRefused(member, IDP.sign(IDP.claims(member.email()).claim("email", null)));
    }

    @Test
    void anUnknownEmailIsRefused() {
        expectRefused(ada(), IDP.sign(IDP.claims("nobody-" + UUID.randomUUID() + "@example.com")));
    }

    @Test
    void invitedAndDisabledUsersAreRefused() {
        Member leaving = staff.activeMember(ada().organisation(), "finance");
        String invitedEmail = "invited-" + UUID.randomUUID() + "@example.com";
        staff.invite(leaving.organisation(), invitedEmail, "finance");
        await().atMost(READ_MODELS).until(() -> jdbc.queryForList("select status from read.staff_user where email = ?",
                String.class, invitedEmail), List.of("INVITED")::equals);
        expectRefused(leaving, IDP.sign(IDP.claims(invitedEmail)));

        admin.post().uri("/api/v1/admin/users/{user}/disable", leaving.userId()).exchange().expectStatus().isNoContent();
        String token = IDP.sign(IDP.claims(leaving.email()));
        await().atMost(READ_MODELS).untilAsserted(() -> expectUnauthenticated(
                signedIn(token).get().uri("/api/v1/orgs/{org}", leaving.organisation()).exchange()));
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheProvidersKeyIdIsRefused() {
        Member member = ada();
        String forged = IdentityProviderStandIn.sign(IdentityProviderStandIn.newKey(IDP.key().getKeyID()), IDP.claims(member.email()));
        expectRefused(member, forged);
    }

    @Test
    void tokensOfOtherIssuersAreRefusedEvenWhenSignedByTheProvidersKey() {
        Member member = ada();
        expectRefused(member, IDP.sign(IDP.claims(member.email()).issuer("https://login.elsewhere.example/realms/staff")));
        expectRefused(member, IDP.sign(IDP.claims(member.email()).issuer("admitone")));
    }

    @Test
    void anAdmitOneSignedTokenClaimingTheProvidersIssuerIsRefused() {
        Member member = ada();
        Caller caller = new Caller(member.userId(), true, Map.of());
        expectRefused(member, AccessTokens.sign(accessTokenEncoder, IDP.issuer(), caller, Instant.now().plusSeconds(300)));
    }

    @Test
    void unsignedAndHmacSignedTokensAreRefused() throws JOSEException {
        Member member = ada();
        JWTClaimsSet claims = IDP.claims(member.email()).build();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(IDP.key().getKeyID()).build(), claims);
        hmac.sign(new MACSigner(IDP.key().toRSAPublicKey().getEncoded()));

        expectRefused(member, new PlainJWT(claims).serialize());
        expectRefused(member, hmac.serialize());
    }

    @Test
    void admitOnesOwnTokensKeepWorking() {
        readProbe(AccessTokens.platformAdmin(accessTokenEncoder)).expectStatus().isNotFound();
        readProbe(AccessTokens.valid(accessTokenEncoder, "someone")).expectStatus().isForbidden();
    }

    /** The same member's valid token is accepted, so the refusal is the altered token's doing. */
    private void expectRefused(Member member, String token) {
        signedIn(IDP.sign(IDP.claims(member.email()))).get().uri("/api/v1/orgs/{org}", member.organisation()).exchange()
                .expectStatus().isOk();
        expectUnauthenticated(signedIn(token).get().uri("/api/v1/orgs/{org}", member.organisation()).exchange());
    }

    private static void expectUnauthenticated(WebTestClient.ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private WebTestClient.ResponseSpec readProbe(String token) {
        return signedIn(token).get().uri("/api/v1/admin/probes/{id}", ProbeRequests.UNKNOWN_PROBE).exchange();
    }

    private WebTestClient signedIn(String token) {
        return staff.signedIn(token);
    }

    /** A box-office member of an organisation of its own, shared by the tests that need just some active user. */
    private Member ada() {
        if (ada == null) {
            ada = staff.activeMember(staff.organisation(), "box-office");
        }
        return ada;
    }

    private TenantId mappedOrganisation() {
        if (!mappedCreated) {
            commands.sendAndWait(new CreateOrganisationCommand(MAPPED, "Mapped", "mapped-" + SsoStaffFixture.suffix(),
                    "EUR", "Europe/Berlin", "de-DE"));
            mappedCreated = true;
        }
        return MAPPED;
    }
}
