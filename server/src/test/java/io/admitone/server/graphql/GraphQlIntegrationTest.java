package io.admitone.server.graphql;

import io.admitone.server.ServerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import java.time.Duration;

/**
 * Base of the GraphQL tests: the whole server over real HTTP, with the query side's statements counted, and
 * catalogs built through the REST API. The limits are set low enough for this schema to exceed them.
 */
@Import(StatementCounter.class)
@TestPropertySource(properties = {"admitone.graphql.max-depth=6", "admitone.graphql.max-complexity=60"})
abstract class GraphQlIntegrationTest extends ServerIntegrationTest {

    static final Duration PROJECTED = CatalogEvent.PROJECTED;

    @Autowired
    StatementCounter statements;

    @LocalServerPort
    int port;

    /** GraphQL over HTTP at {@code /graphql}, with the client's credentials. */
    HttpGraphQlTester graphQl(WebTestClient client) {
        return HttpGraphQlTester.create(client.mutate()
                .uriBuilderFactory(new DefaultUriBuilderFactory("http://localhost:" + port + "/graphql")).build());
    }

    /** Creates an event as the platform admin; see {@link CatalogEvent#create}. */
    CatalogEvent event(String org, String title, int performances, boolean publish) {
        return CatalogEvent.create(admin, http, org, title, performances, publish);
    }
}
