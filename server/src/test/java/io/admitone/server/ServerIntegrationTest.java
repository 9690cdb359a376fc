package io.admitone.server;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Base of the tests that run the whole server over real HTTP, on a database of its own in the test
 * PostgreSQL and on the test Redis. Subclasses share one running server.
 */
// Many servers stay cached and running during a test run; on a small machine one answer can take longer than the
// client's default five seconds without anything being wrong.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.test.webtestclient.timeout=30s")
@AutoConfigureWebTestClient
public abstract class ServerIntegrationTest {

    @Autowired
    protected WebTestClient http;

    /** The same client, signed in as a platform admin. */
    protected WebTestClient admin;

    @Autowired
    private JwtEncoder accessTokenEncoder;

    /** Signs in afresh: a test that runs longer than a token lives (five minutes) calls it again. */
    @BeforeEach
    protected void signInAsPlatformAdmin() {
        admin = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.platformAdmin(accessTokenEncoder))
                .build();
    }

    /** The client signed in as a member of {@code org} with {@code role}. */
    protected WebTestClient member(String org, StaffRole role) {
        Caller caller = new Caller(UUID.randomUUID().toString(), false, Map.of(TenantId.of(org), Set.of(role)));
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION,
                "Bearer " + AccessTokens.forCaller(accessTokenEncoder, caller)).build();
    }

    /** Creates an organisation as the platform admin and answers its id. */
    protected String createOrganisation(String slugPrefix) {
        return newOrganisation(admin, slugPrefix);
    }

    /** Creates an organisation through a platform admin's client, of this or of another running server. */
    public static String newOrganisation(WebTestClient admin, String slugPrefix) {
        String slug = slugPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Org " + slug, "slug", slug, "defaultCurrency", "EUR",
                        "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestServers.freshInfrastructure().forEach((key, value) -> registry.add(key, () -> value));
    }
}
