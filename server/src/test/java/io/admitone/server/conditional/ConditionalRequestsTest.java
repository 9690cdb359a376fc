package io.admitone.server.conditional;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads carry a weak ETag of what they show and answer 304 while it still holds; a change with If-Match goes ahead
 * only while the resource still shows the tag named.
 */
class ConditionalRequestsTest extends ServerIntegrationTest {

    private String org;
    private String venue;

    @BeforeEach
    void aVenue() {
        org = createOrganisation("etags");
        venue = CatalogRequests.createVenue(admin, org);
    }

    @Test
    void anUnchangedResourceIsNotSentAgain() {
        String tag = tagOf("/api/v1/orgs/" + org + "/venues/" + venue + "?minPosition=" + head());
        assertThat(tag).startsWith("W/\"");

        admin.get().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue).header(HttpHeaders.IF_NONE_MATCH, tag)
                .exchange().expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, tag)
                .expectBody().isEmpty();
        admin.get().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue)
                .header(HttpHeaders.IF_NONE_MATCH, "W/\"something-else\"")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Arena");
    }

    @Test
    void theTagChangesWithTheResourceAndAStaleIfMatchIsRefused() {
        String venuePath = "/api/v1/orgs/" + org + "/venues/" + venue;
        String before = tagOf(venuePath + "?minPosition=" + head());

        long position = Long.parseLong(rename(before, "Great Hall").expectStatus().isAccepted()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-AdmitOne-Position"));
        String after = tagOf(venuePath + "?minPosition=" + position);
        assertThat(after).isNotEqualTo(before);

        rename(before, "Small Hall").expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.code").isEqualTo("precondition-failed");
        admin.get().uri(venuePath).exchange().expectBody().jsonPath("$.name").isEqualTo("Great Hall");
        rename("*", "Any Hall").expectStatus().isAccepted();
    }

    @Test
    void anIfMatchOnAResourceThatIsNotThereIsRefused() {
        admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, UUID.randomUUID())
                .header(HttpHeaders.IF_MATCH, "*").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Nowhere", "timeZone", "Europe/Berlin"))
                .exchange().expectStatus().isEqualTo(412);
    }

    @Test
    void organisationsEventsAndListsCarryTagsToo() {
        String event = CatalogRequests.createEvent(admin, org, venue, "Tagged", "concert");
        long head = head();
        for (String path : new String[] {"/api/v1/orgs/" + org, "/api/v1/orgs/" + org + "/events/" + event,
                "/api/v1/orgs/" + org + "/events", "/api/v1/orgs/" + org + "/venues"}) {
            String tag = tagOf(path + "?minPosition=" + head);
            admin.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, tag).exchange().expectStatus().isNotModified();
        }
    }

    private WebTestClient.ResponseSpec rename(String ifMatch, String name) {
        return admin.patch().uri("/api/v1/orgs/{org}/venues/{venue}", org, venue).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "timeZone", "Europe/Berlin"))
                .exchange();
    }

    private String tagOf(String path) {
        return admin.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("X-AdmitOne-Stale")
                .returnResult(Void.class).getResponseHeaders().getETag();
    }

    /** A position at or after every write so far: what a write would answer now. */
    private long head() {
        return Long.parseLong(admin.post().uri("/api/v1/orgs/{org}/venues", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Marker", "timeZone", "Europe/Berlin", "sections", java.util.List.of(
                        Map.of("name", "Floor", "kind", "STANDING", "capacity", 10))))
                .exchange().expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-AdmitOne-Position"));
    }
}
