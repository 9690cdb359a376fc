package io.admitone.server.graphql;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.admitone.server.graphql.LiveAvailability.hold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer's page follows a performance's availability over a graphql-ws WebSocket: it gets the figures at once, and
 * new ones when places are held through the REST API and the projection has counted them. A performance of a draft
 * event is for the organisation's staff, signed in on the WebSocket's upgrade request.
 */
class AvailabilitySubscriptionTest extends GraphQlIntegrationTest {

    @Autowired
    private JwtEncoder tokens;

    @Test
    void subscribersSeeTheAvailabilityDropWhenPlacesAreHeld() {
        String org = createOrganisation("graphql-live");
        CatalogEvent event = event(org, "Live", 1, true);
        String performance = event.performances().getFirst();
        WebSocketGraphQlTester graphQl = LiveAvailability.client(port);

        StepVerifier.create(LiveAvailability.available(graphQl, org, performance))
                .expectNext(540)
                .then(() -> hold(http, org, performance, event.floor(), 3))
                .expectNext(537)
                .then(() -> hold(http, org, performance, event.front(), 2))
                .expectNext(535)
                .thenCancel()
                .verify(PROJECTED);
        graphQl.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void onlyTheOrganisationsStaffFollowAPerformanceOfADraftEvent() {
        String org = createOrganisation("graphql-live-draft");
        CatalogEvent draft = event(org, "Not yet", 1, false);
        WebSocketGraphQlTester graphQl = LiveAvailability.client(port);

        StepVerifier.create(LiveAvailability.available(graphQl, org, draft.performances().getFirst()))
                .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOfSatisfying(
                        SubscriptionErrorException.class, refused -> assertThat(refused.getErrors()).singleElement()
                                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND))))
                .verify(PROJECTED);
        graphQl.stop().block(Duration.ofSeconds(5));

        WebSocketGraphQlTester staff = LiveAvailability.client(port, AccessTokens.forCaller(tokens,
                new Caller(UUID.randomUUID().toString(), false, Map.of(TenantId.of(org), Set.of(StaffRole.ANALYST)))));
        StepVerifier.create(LiveAvailability.available(staff, org, draft.performances().getFirst()))
                .expectNext(540)
                .thenCancel()
                .verify(PROJECTED);
        staff.stop().block(Duration.ofSeconds(5));
    }
}
