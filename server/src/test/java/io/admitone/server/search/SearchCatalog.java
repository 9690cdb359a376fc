package io.admitone.server.search;

import io.admitone.server.catalog.CatalogRequests;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.admitone.server.catalog.CatalogRequests.created;

/** Builds searchable catalogs through the API: venues with one standing section, events on sale from yesterday. */
record SearchCatalog(WebTestClient staff, String org) {

    static final String SECTION = "Floor";

    String venue(String name, String city, int capacity) {
        return created(staff.post().uri("/api/v1/orgs/{org}/venues", org), Map.of("name", name,
                        "timeZone", "Europe/Berlin", "city", city, "sections",
                        List.of(Map.of("name", SECTION, "kind", "STANDING", "capacity", capacity))),
                "/api/v1/orgs/" + org + "/venues/");
    }

    /** A draft event with one performance at {@code startsAt} and one ticket type at {@code price} EUR. */
    Draft draft(String venue, String title, String category, List<String> tags, Instant startsAt, String price) {
        String event = created(staff.post().uri("/api/v1/orgs/{org}/events", org), Map.of("title", title,
                "category", category, "venueId", venue, "tags", tags,
                "description", "An evening of " + category), "/api/v1/orgs/" + org + "/events/");
        String performance = CatalogRequests.scheduleOnSale(staff, org, event, startsAt);
        String ticketType = CatalogRequests.addTicketType(staff, org, event,
                CatalogRequests.ticketType("Standing", price, "EUR", SECTION, null));
        return new Draft(event, performance, ticketType);
    }

    Draft published(String venue, String title, String category, List<String> tags, Instant startsAt, String price) {
        Draft draft = draft(venue, title, category, tags, startsAt, price);
        publish(draft.event());
        return draft;
    }

    void publish(String event) {
        staff.post().uri("/api/v1/orgs/{org}/events/{event}/publish", org, event).exchange()
                .expectStatus().is2xxSuccessful();
    }

    void rename(String event, String title, String category) {
        staff.patch().uri("/api/v1/orgs/{org}/events/{event}", org, event).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "category", category)).exchange().expectStatus().is2xxSuccessful();
    }

    void cancel(String event) {
        staff.post().uri("/api/v1/orgs/{org}/events/{event}/cancel", org, event).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Illness")).exchange().expectStatus().is2xxSuccessful();
    }

    /** A buyer holds {@code quantity} places of the draft's performance. */
    void hold(Draft draft, int quantity) {
        staff.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org, draft.performance())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", draft.ticketType(), "quantity", quantity))))
                .exchange().expectStatus().isCreated();
    }

    record Draft(String event, String performance, String ticketType) {
    }
}
