package io.admitone.server.graphql;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query nested deeper, or selecting more fields, than the configured limits (6 and 60 in these tests) is refused
 * before it reads anything, with an error that says which limit it broke.
 */
class GraphQlLimitsTest extends GraphQlIntegrationTest {

    private final String org = UUID.randomUUID().toString();

    @Test
    void aQueryNestedDeeperThanTheLimitIsRefused() {
        String sevenDeep = "{ events(orgId: \"" + org + "\") { items { performances { availability "
                + "{ ticketTypes { price { amount } } } } } } }";

        int read = statements.during(() -> graphQl(http).document(sevenDeep).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("maximum query depth exceeded 7 > 6"))));

        assertThat(read).isZero();
    }

    @Test
    void aQuerySelectingMoreFieldsThanTheLimitIsRefused() {
        String manyEvents = IntStream.rangeClosed(1, 31)
                .mapToObj(n -> "e" + n + ": event(orgId: \"" + org + "\", id: \"" + UUID.randomUUID() + "\") { title }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        int read = statements.during(() -> graphQl(http).document(manyEvents).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("maximum query complexity exceeded 62 > 60"))));

        assertThat(read).isZero();
    }

    @Test
    void aQueryWithinTheLimitsRuns() {
        graphQl(http).document("{ events(orgId: \"" + org + "\") { items { title } nextCursor } }").execute()
                .path("events.items").entityList(Object.class).hasSize(0);
    }
}
