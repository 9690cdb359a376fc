package io.admitone.server;

import io.admitone.server.infrastructure.TestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
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

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestServers.freshInfrastructure().forEach((key, value) -> registry.add(key, () -> value));
    }
}
