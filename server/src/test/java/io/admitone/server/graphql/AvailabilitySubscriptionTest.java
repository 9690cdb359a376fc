package io.admitone.server.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A buyer's page follows a performance's availability over a graphql-ws WebSocket: it gets the figures at once, and
 * new ones when places are held through the REST API and the projection has counted them.
 */
class AvailabilitySubscriptionTest extends GraphQlIntegrationTest {

    private static final String LIVE = """
            subscription($org: ID!, $performance: ID!) {
              availabilityChanged(orgId: $org, performanceId: $performance) { available ticketTypes { name available } }
            }""";

    @Test
    void subscribersSeeTheAvailabilityDropWhenPlacesAreHeld() {
        String org = createOrganisation("graphql-live");
        CatalogEvent event = event(org, "Live", 1, true);
        String performance = event.performances().getFirst();
        WebSocketGraphQlTester graphQl = WebSocketGraphQlTester.builder(
                URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();

        Flux<Integer> available = graphQl.document(LIVE).variable("org", org).variable("performance", performance)
                .executeSubscription().toFlux("availabilityChanged.available", Integer.class);

        StepVerifier.create(available)
                .expectNext(540)
                .then(() -> hold(org, performance, event.floor(), 3))
                .expectNext(537)
                .then(() -> hold(org, performance, event.front(), 2))
                .expectNext(535)
                .thenCancel()
                .verify(PROJECTED);
        graphQl.stop().block(Duration.ofSeconds(5));
    }

    private void hold(String org, String performance, String ticketType, int quantity) {
        http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, performance)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", ticketType, "quantity", quantity))))
                .exchange().expectStatus().isCreated();
    }
}
