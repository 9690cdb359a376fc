package io.admitone.server.graphql;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Base of the GraphQL tests: the whole server over real HTTP, with the query side's statements counted, and
 * catalogs built through the REST API. The limits are set low enough for this schema to exceed them.
 */
@Import(StatementCounter.class)
@TestPropertySource(properties = {"admitone.graphql.max-depth=6", "admitone.graphql.max-complexity=60"})
abstract class GraphQlIntegrationTest extends ServerIntegrationTest {

    static final Duration PROJECTED = Duration.ofSeconds(30);
    static final Instant JUNE = Instant.parse("2030-06-01T19:30:00Z");

    @Autowired
    StatementCounter statements;

    /** Calls wait longer than the default five seconds: the catalog is built through commands on a busy machine. */
    @BeforeEach
    void waitLongerForAnswers() {
        http = http.mutate().responseTimeout(PROJECTED).build();
        admin = admin.mutate().responseTimeout(PROJECTED).build();
    }

    @LocalServerPort
    int port;

    /** GraphQL over HTTP at {@code /graphql}, with the client's credentials. */
    HttpGraphQlTester graphQl(WebTestClient client) {
        return HttpGraphQlTester.create(client.mutate()
                .uriBuilderFactory(new DefaultUriBuilderFactory("http://localhost:" + port + "/graphql")).build());
    }

    /**
     * An event of the pinned venue with performances on consecutive days, on sale now, and ticket types Floor and
     * Front.
     */
    record CatalogEvent(String id, List<String> performances, String floor, String front) {
    }

    /**
     * Creates an event with {@code performances} performances, published when asked, and waits until every
     * performance's availability is projected.
     */
    CatalogEvent event(String org, String title, int performances, boolean publish) {
        String event = CatalogRequests.createEvent(admin, org, CatalogRequests.createVenue(admin, org), title,
                "concert");
        List<String> dates = new ArrayList<>();
        for (int day = 0; day < performances; day++) {
            Instant startsAt = JUNE.plus(Duration.ofDays(day));
            Map<String, Object> onSaleNow = new HashMap<>(CatalogRequests.times(startsAt));
            onSaleNow.put("onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString());
            dates.add(CatalogRequests.created(
                    admin.post().uri("/api/v1/orgs/{org}/events/{event}/performances", org, event), onSaleNow,
                    "/api/v1/orgs/" + org + "/performances/"));
        }
        String floor = CatalogRequests.addTicketType(admin, org, event,
                CatalogRequests.ticketType("Floor", "49.50", "EUR", "Floor", null));
        String front = CatalogRequests.addTicketType(admin, org, event,
                CatalogRequests.ticketType("Front", "89.00", "EUR", null, "front"));
        if (publish) {
            admin.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                    .expectStatus().is2xxSuccessful();
        }
        for (String performance : dates) {
            await().atMost(PROJECTED).untilAsserted(() -> admin.get()
                    .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, performance).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.available").isEqualTo(540));
        }
        if (publish) {
            await().atMost(PROJECTED).untilAsserted(() -> http.get()
                    .uri("/api/v1/orgs/{org}/events/{event}", org, event).exchange().expectStatus().isOk());
        }
        return new CatalogEvent(event, dates, floor, front);
    }
}
