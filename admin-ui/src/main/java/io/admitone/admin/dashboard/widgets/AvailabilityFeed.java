package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.api.AccessToken;
import io.admitone.admin.api.AdmitOneServerProperties;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.UUID;

/**
 * Follows performances' availability live through the server's GraphQL subscription {@code availabilityChanged}
 * (graphql-ws over a WebSocket), as the signed-in user: the figures now, then again after every change.
 */
@Component
class AvailabilityFeed {

    private static final String SUBSCRIPTION = """
            subscription($org: ID!, $performance: ID!) {
              availabilityChanged(orgId: $org, performanceId: $performance) { performanceId status capacity available }
            }""";

    /** A performance's places: how many it has and how many are neither held nor sold. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Availability(UUID performanceId, String status, int capacity, int available) {
    }

    /** One WebSocket to the server, carrying the subscriptions of one widget until it is closed. */
    static final class Connection implements AutoCloseable {

        private final WebSocketGraphQlClient client;

        private Connection(WebSocketGraphQlClient client) {
            this.client = client;
        }

        Flux<Availability> follow(UUID organisation, UUID performance) {
            return client.document(SUBSCRIPTION)
                    .variable("org", organisation)
                    .variable("performance", performance)
                    .retrieveSubscription("availabilityChanged")
                    .toEntity(Availability.class);
        }

        @Override
        public void close() {
            client.stop().subscribe();
        }
    }

    private final URI socket;

    AvailabilityFeed(AdmitOneServerProperties server) {
        String scheme = "https".equals(server.serverUrl().getScheme()) ? "wss" : "ws";
        this.socket = UriComponentsBuilder.fromUri(server.serverUrl()).scheme(scheme).path("/graphql").build().toUri();
    }

    /** A connection that presents {@code token} when it opens; it opens with its first subscription. */
    Connection connect(AccessToken token) {
        return new Connection(WebSocketGraphQlClient.builder(socket, new StandardWebSocketClient())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.accessToken())
                .build());
    }
}
