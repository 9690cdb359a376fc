package io.admitone.server.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event list with each event's performances, their availability and the events' ticket types runs the same
 * statements whether it holds one event with one performance or four events with three performances each.
 */
class GraphQlBatchingTest extends GraphQlIntegrationTest {

    private static final String EVENTS_WITH_PARTS = """
            query($org: ID!) {
              events(orgId: $org) {
                items {
                  title
                  performances { startsAt availability { available ticketTypes { name available } } }
                  ticketTypes { name price { amount currency } }
                }
              }
            }""";

    @Test
    void theStatementsOfAQueryDoNotGrowWithItsEventsAndPerformances() {
        String small = createOrganisation("graphql-small");
        event(small, "Solo", 1, true);
        String large = createOrganisation("graphql-large");
        for (int event = 1; event <= 4; event++) {
            event(large, "Tour " + event, 3, true);
        }

        int forOne = statements.during(() -> fetch(small, 1, 1));
        int forTwelve = statements.during(() -> fetch(large, 4, 12));

        assertThat(forTwelve).isEqualTo(forOne);
        // events, performances, ticket types and availability: each one read, which sets the tenant first
        assertThat(forOne).isLessThanOrEqualTo(10);
    }

    private void fetch(String org, int events, int performances) {
        var response = graphQl(http).document(EVENTS_WITH_PARTS).variable("org", org).execute();
        response.path("events.items[*].title").entityList(String.class).hasSize(events);
        response.path("events.items[*].performances[*].availability.available").entityList(Integer.class)
                .hasSize(performances)
                .satisfies(available -> assertThat(available).containsOnly(540));
        response.path("events.items[*].performances[*].availability.ticketTypes[*].available")
                .entityList(Integer.class).satisfies(available ->
                        assertThat(available).hasSize(2 * performances).containsOnly(500, 40));
        response.path("events.items[*].ticketTypes[*].price.amount").entityList(String.class)
                .satisfies(amounts -> assertThat(amounts).hasSize(2 * events));
    }
}
