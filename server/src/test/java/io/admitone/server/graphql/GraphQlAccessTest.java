package io.admitone.server.graphql;

import io.admitone.kernel.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GraphQL answers as the REST API does: the public sees published events only, an organisation's staff see its
 * drafts, another organisation's things are not there, and an order is for staff allowed to read orders or for its
 * buyer with the order's token.
 */
class GraphQlAccessTest extends GraphQlIntegrationTest {

    private static final String TITLES = "query($org: ID!) { events(orgId: $org) { items { title } } }";
    private static final String EVENT = "query($org: ID!, $id: ID!) { event(orgId: $org, id: $id) { title status } }";
    private static final String PERFORMANCE =
            "query($org: ID!, $id: ID!) { performance(orgId: $org, id: $id) { id availability { available } } }";
    private static final String ORDER = """
            query($org: ID!, $id: ID!, $token: String) {
              order(orgId: $org, id: $id, token: $token) { status total { amount } tickets { code status qr } }
            }""";

    @Test
    void thePublicSeesPublishedEventsOnlyAndStaffSeeTheDraftsOfTheirOrganisation() {
        String org = createOrganisation("graphql-drafts");
        String other = createOrganisation("graphql-other");
        CatalogEvent shown = event(org, "Shown", 1, true);
        CatalogEvent draft = event(org, "Draft", 1, false);

        assertThat(titles(graphQl(http), org)).containsExactly("Shown");
        assertThat(titles(graphQl(member(other, StaffRole.OWNER)), org)).containsExactly("Shown");
        assertThat(titles(graphQl(member(org, StaffRole.ANALYST)), org)).containsExactlyInAnyOrder("Shown", "Draft");

        graphQl(http).document(EVENT).variable("org", org).variable("id", draft.id()).execute()
                .path("event").valueIsNull();
        graphQl(member(org, StaffRole.EVENT_MANAGER)).document(EVENT).variable("org", org).variable("id", draft.id())
                .execute().path("event.status").entity(String.class).isEqualTo("DRAFT");
        graphQl(http).document(PERFORMANCE).variable("org", org).variable("id", shown.performances().getFirst())
                .execute().path("performance.availability.available").entity(Integer.class).isEqualTo(540);
        graphQl(admin).document(PERFORMANCE).variable("org", other).variable("id", shown.performances().getFirst())
                .execute().path("performance").valueIsNull();
    }

    @Test
    void anOrderIsForStaffAllowedToReadOrdersAndForItsBuyerWithItsToken() {
        String org = createOrganisation("graphql-orders");
        CatalogEvent event = event(org, "Sold", 1, true);
        JsonNode order = order(org, event);
        String orderId = order.get("orderId").asString();
        String token = order.get("orderToken").asString();

        await().atMost(PROJECTED).untilAsserted(() -> graphQl(http).document(ORDER).variable("org", org)
                .variable("id", orderId).variable("token", token).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED")
                .path("order.tickets[*].qr").entityList(String.class).hasSize(2));
        graphQl(member(org, StaffRole.BOX_OFFICE)).document(ORDER).variable("org", org).variable("id", orderId)
                .execute().path("order.total.amount").entity(String.class).isEqualTo("99.00");

        assertNotFound(graphQl(http).document(ORDER).variable("org", org).variable("id", orderId)
                .variable("token", "not-the-token"));
        assertNotFound(graphQl(http).document(ORDER).variable("org", org).variable("id", orderId));
        assertNotFound(graphQl(member(createOrganisation("graphql-stranger"), StaffRole.OWNER)).document(ORDER)
                .variable("org", org).variable("id", orderId));
    }

    @Test
    void anOrganisationsSettingsAreForItsStaff() {
        String org = createOrganisation("graphql-settings");
        String query = "query($id: ID!) { organisation(id: $id) { slug defaultCurrency } }";

        await().atMost(PROJECTED).untilAsserted(() -> graphQl(member(org, StaffRole.FINANCE)).document(query)
                .variable("id", org).execute().path("organisation.defaultCurrency").entity(String.class)
                .isEqualTo("EUR"));
        graphQl(http).document(query).variable("id", org).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)))
                .path("organisation").valueIsNull();
    }

    private static List<String> titles(GraphQlTester graphQl, String org) {
        return graphQl.document(TITLES).variable("org", org).execute()
                .path("events.items[*].title").entityList(String.class).get();
    }

    private static void assertNotFound(GraphQlTester.Request<?> request) {
        request.execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(error.getExtensions()).containsEntry("code", "not-found");
                }))
                .path("order").valueIsNull();
    }

    /** Two floor places, held and paid at once, by a buyer without credentials. */
    private JsonNode order(String org, CatalogEvent event) {
        JsonNode hold = http.post().uri("/api/v1/orgs/{org}/performances/{performance}/holds", org,
                        event.performances().getFirst()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("items", List.of(Map.of("ticketTypeId", event.floor(), "quantity", 2))))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return http.post().uri("/api/v1/orgs/{org}/orders", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("holdId", hold.get("holdId").asString(), "holdToken",
                        hold.get("holdToken").asString(), "buyer", Map.of("name", "Ada Buyer",
                                "email", "ada@example.org"), "payment", Map.of("provider", "test",
                                "method", "card-success")))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
