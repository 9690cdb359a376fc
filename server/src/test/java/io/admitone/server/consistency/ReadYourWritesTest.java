package io.admitone.server.consistency;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write answers its stream position, and a read that passes it back sees the write at once, every time; a read
 * for a position the read models have not reached answers anyway, marked stale.
 */
class ReadYourWritesTest extends ServerIntegrationTest {

    private static final int ROUNDS = 30;

    private String org;
    private String venue;

    @BeforeEach
    void aVenue() {
        org = createOrganisation("read-your-writes");
        venue = CatalogRequests.createVenue(admin, org);
    }

    @Test
    void aReadWithTheWritesPositionSeesTheWriteEveryTime() {
        long previous = 0;
        for (int round = 0; round < ROUNDS; round++) {
            EntityExchangeResult<byte[]> renamed = admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "Hall " + round, "timeZone", "Europe/Berlin"))
                    .exchange().expectStatus().isAccepted().expectBody().returnResult();
            long position = position(renamed);
            assertThat(position).isGreaterThan(previous);
            previous = position;

            admin.get().uri("/api/v1/orgs/{org}/venues/{venue}?minPosition={position}", org, venue, position)
                    .exchange().expectStatus().isOk()
                    .expectHeader().doesNotExist(ReadYourWritesFilter.STALE)
                    .expectBody().jsonPath("$.name").isEqualTo("Hall " + round);
        }
    }

    @Test
    void aCreationIsFoundAtOnceWithItsPosition() {
        for (int round = 0; round < ROUNDS; round++) {
            EntityExchangeResult<JsonNode> created = admin.post().uri("/api/v1/orgs/{org}/events", org)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("title", "Night " + round, "category", "concert", "venueId", venue))
                    .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
            admin.get().uri("/api/v1/orgs/{org}/events/{event}?minPosition={position}", org,
                            created.getResponseBody().get("id").asString(), position(created))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.title").isEqualTo("Night " + round);
        }
    }

    @Test
    void aPositionNotYetReachedIsAnsweredAnywayMarkedStale() {
        admin.get().uri("/api/v1/orgs/{org}/venues/{venue}?minPosition={position}", org, venue, Long.MAX_VALUE)
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWritesFilter.STALE, "true");
    }

    @Test
    void aFailedWriteAnswersNoPositionAndAMalformedMinPositionIsNamed() {
        admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "")).exchange().expectStatus().isBadRequest()
                .expectHeader().doesNotExist(ReadYourWritesFilter.POSITION);
        admin.get().uri("/api/v1/orgs/{org}/venues/{venue}?minPosition=soon", org, venue).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("minPosition");
    }

    private static long position(EntityExchangeResult<?> result) {
        String position = result.getResponseHeaders().getFirst(ReadYourWritesFilter.POSITION);
        assertThat(position).as("X-AdmitOne-Position").isNotNull();
        return Long.parseLong(position);
    }
}
