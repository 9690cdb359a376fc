package io.admitone.server.audit;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import io.admitone.server.lists.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static io.admitone.server.audit.AuditedCatalog.ofType;
import static io.admitone.server.audit.AuditedCatalog.positions;
import static io.admitone.server.audit.AuditedCatalog.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's audit trail as finance reads it through the API: its events in stream order with who asked, from
 * where and because of what; filters, cursor pages and the JSON lines export; nothing of another organisation, and
 * only for the roles that may read the books.
 */
class AuditTrailTest extends ServerIntegrationTest {

    @Autowired
    private JwtEncoder tokens;

    /** Built once: the tests only read it. */
    private static AuditedCatalog catalog;
    private WebTestClient finance;

    @BeforeEach
    void aCatalogBuiltThroughTheApi() {
        if (catalog == null) {
            catalog = AuditedCatalog.build(http, admin, tokens);
        }
        finance = member(catalog.org(), StaffRole.FINANCE);
    }

    @Test
    void theTrailHoldsTheOrganisationsEventsInStreamOrder() {
        List<JsonNode> trail = catalog.trail(finance, "");

        assertThat(types(trail)).containsExactlyElementsOf(AuditedCatalog.TYPES);
        assertThat(positions(trail)).isSorted().doesNotHaveDuplicates();
        JsonNode venue = ofType(trail, "VenueCreated");
        assertThat(venue.get("aggregateType").asString()).isEqualTo("Venue");
        assertThat(venue.get("aggregateId").asString()).isEqualTo(catalog.venue());
        assertThat(venue.get("sequenceNumber").asLong()).isZero();
        assertThat(venue.get("payload").get("venueId").asString()).isEqualTo(catalog.venue());
        assertThat(venue.get("payload").get("tenantId").asString()).isEqualTo(catalog.org());
        assertThat(venue.get("eventId").asString()).hasSize(36);
        assertThat(Instant.parse(venue.get("occurredAt").asString())).isBefore(Instant.now());
        JsonNode ticketType = ofType(trail, "TicketTypeAdded");
        assertThat(ticketType.get("aggregateId").asString()).isEqualTo(catalog.event());
        assertThat(ticketType.get("sequenceNumber").asLong()).isEqualTo(2);
        JsonNode partition = ofType(trail, "SeatedPartitionOpened");
        assertThat(partition.get("aggregateType").asString()).isEqualTo("SeatedPartition");
        assertThat(partition.get("aggregateId").asString()).isEqualTo(partition.get("payload").get("partitionId")
                .asString());
    }

    @Test
    void eachEventSaysWhoAskedFromWhereAndBecauseOfWhat() {
        List<JsonNode> trail = catalog.trail(finance, "");

        JsonNode venue = ofType(trail, "VenueCreated").get("metadata");
        assertThat(venue.get("actor").asString()).isEqualTo(catalog.actor());
        assertThat(venue.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(venue.get("correlationId").asString()).isEqualTo(catalog.correlationId());
        assertThat(venue.get("causationId").asString()).isNotBlank().isNotEqualTo(catalog.correlationId());
        assertThat(venue.get("idempotencyKey").asString()).isEqualTo(catalog.idempotencyKey());
        JsonNode event = ofType(trail, "EventCreated").get("metadata");
        assertThat(event.get("actor").asString()).isEqualTo(catalog.actor());
        assertThat(event.get("correlationId").asString()).isNotEqualTo(catalog.correlationId());
        assertThat(event.has("idempotencyKey")).isFalse();
        assertThat(ofType(trail, "OrganisationCreated").get("metadata").get("actor").asString())
                .isEqualTo("platform-admin");
        JsonNode scheduled = ofType(trail, "PerformanceScheduled").get("metadata");
        JsonNode opened = ofType(trail, "SeatedPartitionOpened").get("metadata");
        assertThat(opened.get("actor")).isEqualTo(scheduled.get("actor"));
        assertThat(opened.get("correlationId")).isEqualTo(scheduled.get("correlationId"));
        assertThat(opened.get("causationId")).isNotEqualTo(scheduled.get("causationId"));
    }

    @Test
    void filtersNarrowTheTrailByAggregateTypeTimeAndPosition() {
        List<JsonNode> trail = catalog.trail(finance, "");
        JsonNode eventCreated = ofType(trail, "EventCreated");
        String at = eventCreated.get("occurredAt").asString();
        long position = eventCreated.get("position").asLong();

        assertThat(types(catalog.trail(finance, "?aggregateId=" + catalog.event())))
                .containsExactly("EventCreated", "PerformanceScheduled", "TicketTypeAdded");
        assertThat(types(catalog.trail(finance, "?aggregateType=Venue"))).containsExactly("VenueCreated");
        assertThat(types(catalog.trail(finance, "?type=PerformanceScheduled"))).containsExactly("PerformanceScheduled");
        assertThat(catalog.trail(finance, "?type=OrderPlaced")).isEmpty();
        assertThat(catalog.trail(finance, "?fromPosition=" + position))
                .containsExactlyElementsOf(trail.subList(trail.indexOf(eventCreated), trail.size()));
        assertThat(catalog.trail(finance, "?from=" + at)).containsExactlyElementsOf(trail.stream()
                .filter(item -> !Instant.parse(item.get("occurredAt").asString()).isBefore(Instant.parse(at)))
                .toList());
        assertThat(catalog.trail(finance, "?to=" + at)).containsExactlyElementsOf(trail.stream()
                .filter(item -> Instant.parse(item.get("occurredAt").asString()).isBefore(Instant.parse(at)))
                .toList());
        assertThat(types(catalog.trail(finance, "?aggregateId=" + catalog.event() + "&type=TicketTypeAdded")))
                .containsExactly("TicketTypeAdded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=yesterday", "to=2027-13-01T00:00:00Z", "fromPosition=-1", "fromPosition=first",
            "type=order.placed", "aggregateType=Venue%20hall", "limit=0", "limit=201", "cursor=not-a-cursor",
            "sort=occurredAt", "from=2027-03-02T00:00:00Z&to=2027-03-01T00:00:00Z"})
    void aBadFilterIsA400NamingIt(String query) {
        String parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
        finance.get().uri(catalog.events() + "?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
        if (!List.of("limit", "cursor", "sort").contains(parameter)) {
            finance.get().uri(catalog.events() + "?" + query).accept(MediaType.APPLICATION_NDJSON).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
        }
    }

    @Test
    void pagesFollowTheirCursorsWithoutRepeatingOrSkippingAnEvent() {
        List<JsonNode> trail = catalog.trail(finance, "");
        for (int limit : new int[] {1, 2, 3}) {
            assertThat(Pages.all(finance, catalog.events(), limit)).as("limit %d", limit)
                    .containsExactlyElementsOf(trail);
        }
        assertThat(positions(catalog.trail(finance, "?sort=-position")))
                .containsExactlyElementsOf(positions(trail).reversed());
        finance.get().uri(catalog.events()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.items.length()").isEqualTo(AuditedCatalog.TYPES.size());
    }

    @Test
    void theJsonLinesExportHoldsTheListsEventsInItsOrder() {
        List<JsonNode> trail = catalog.trail(finance, "");

        assertThat(catalog.export(finance, "")).containsExactlyElementsOf(trail);
        assertThat(catalog.export(finance, "?aggregateId=" + catalog.event()))
                .containsExactlyElementsOf(catalog.trail(finance, "?aggregateId=" + catalog.event()));
        assertThat(catalog.export(finance, "?type=OrderPlaced")).isEmpty();
    }

    @Test
    void anotherOrganisationsEventsNeverAppear() {
        String other = createOrganisation("audit-other");
        String otherVenue = CatalogRequests.createVenue(admin, other);
        AuditedCatalog otherTrail = new AuditedCatalog(other, null, null, null, otherVenue, null);
        otherTrail.awaitInTrail(admin, "VenueCreated");

        List<JsonNode> trail = catalog.trail(finance, "");
        List<JsonNode> others = otherTrail.trail(member(other, StaffRole.FINANCE), "");
        assertThat(types(others)).containsExactly("OrganisationCreated", "VenueCreated");
        assertThat(positions(others)).doesNotContainAnyElementsOf(positions(trail));
        assertThat(trail.toString()).doesNotContain(other, otherVenue);
        assertThat(others.toString()).doesNotContain(catalog.org(), catalog.venue());
        assertThat(catalog.trail(finance, "?aggregateId=" + otherVenue)).isEmpty();
        assertThat(catalog.export(finance, "?aggregateId=" + otherVenue)).isEmpty();
    }

    @Test
    void aMemberOfAnotherOrganisationFindsNoTrail() {
        WebTestClient stranger = member(createOrganisation("audit-stranger"), StaffRole.FINANCE);
        stranger.get().uri(catalog.events()).exchange().expectStatus().isNotFound();
        stranger.get().uri(catalog.events()).accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isNotFound();
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void financeOwnersAndAdminsReadTheTrailAndNoOtherRole(StaffRole role) {
        boolean allowed = List.of(StaffRole.FINANCE, StaffRole.OWNER, StaffRole.ADMIN).contains(role);
        WebTestClient member = member(catalog.org(), role);
        member.get().uri(catalog.events()).exchange().expectStatus().isEqualTo(allowed ? 200 : 403);
        member.get().uri(catalog.events()).accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isEqualTo(allowed ? 200 : 403);
    }
}
