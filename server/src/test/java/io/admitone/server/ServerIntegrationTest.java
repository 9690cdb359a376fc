package io.admitone.server;

import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that run the whole server over real HTTP, on a database of its own in the test
 * PostgreSQL and on the test Redis. Subclasses share one running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class ServerIntegrationTest {

    @Autowired
    protected WebTestClient http;

    /** The same client, signed in as a platform admin. */
    protected WebTestClient admin;

    @Autowired
    private JwtEncoder accessTokenEncoder;

    @BeforeEach
    void signInAsPlatformAdmin() {
        admin = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.platformAdmin(accessTokenEncoder))
                .build();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestServers.freshInfrastructure().forEach((key, value) -> registry.add(key, () -> value));
    }
}
