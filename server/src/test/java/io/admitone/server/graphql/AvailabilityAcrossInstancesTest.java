package io.admitone.server.graphql;

import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.admitone.server.graphql.LiveAvailability.hold;

/**
 * A subscriber on a query-only instance, which projects nothing, hears of the holds that another instance takes and
 * projects: the announcements travel through Redis.
 */
class AvailabilityAcrossInstancesTest {

    @Test
    void aSubscriberOnAQueryInstanceSeesChangesProjectedByAnother() {
        Map<String, String> infrastructure = TestServers.freshInfrastructure();
        Map<String, String> queryOnly = new HashMap<>(infrastructure);
        queryOnly.put("admitone.roles", "query");
        try (RunningServer writer = RunningServer.start(infrastructure);
             RunningServer reader = RunningServer.start(queryOnly)) {
            String org = organisation(writer);
            CatalogEvent event = CatalogEvent.create(writer.admin(), writer.http(), org, "Spread", 1, true);
            String performance = event.performances().getFirst();
            int readerPort = ((WebServerApplicationContext) reader.context()).getWebServer().getPort();
            WebSocketGraphQlTester graphQl = LiveAvailability.client(readerPort);

            StepVerifier.create(LiveAvailability.available(graphQl, org, performance))
                    .expectNext(540)
                    .then(() -> hold(writer.http(), org, performance, event.floor(), 4))
                    .expectNext(536)
                    .thenCancel()
                    .verify(CatalogEvent.PROJECTED);
            graphQl.stop().block(Duration.ofSeconds(5));
        }
    }

    private static String organisation(RunningServer server) {
        JsonNode created = server.admin().post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Spread out", "slug", "spread-" + System.nanoTime(),
                        "defaultCurrency", "EUR", "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return created.get("id").asString();
    }
}
