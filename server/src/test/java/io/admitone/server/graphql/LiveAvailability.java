package io.admitone.server.graphql;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A buyer following a performance's availability over graphql-ws, and holding places through the REST API. */
final class LiveAvailability {

    private static final String LIVE = """
            subscription($org: ID!, $performance: ID!) {
              availabilityChanged(orgId: $org, performanceId: $performance) { available ticketTypes { name available } }
            }""";

    private LiveAvailability() {
    }

    /** A graphql-ws client of the server on {@code port}, for the public. */
    static WebSocketGraphQlTester client(int port) {
        return builder(port).build();
    }

    /** A graphql-ws client of the server on {@code port}, signed in with {@code accessToken}. */
    static WebSocketGraphQlTester client(int port, String accessToken) {
        return builder(port).headers(headers -> headers.setBearerAuth(accessToken)).build();
    }

    private static WebSocketGraphQlTester.Builder<?> builder(int port) {
        return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient());
    }

    /** The places available, as each message of the subscription tells them. */
    static Flux<Integer> available(WebSocketGraphQlTester client, String org, String performance) {
        return client.document(LIVE).variable("org", org).variable("performance", performance)
                .executeSubscription().toFlux("availabilityChanged.available", Integer.class);
    }

    static void hold(WebTestClient buyer, String org, String performance, String ticketType, int quantity) {
        buyer.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, performance)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", ticketType, "quantity", quantity))))
                .exchange().expectStatus().isCreated();
    }
}
