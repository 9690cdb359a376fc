package io.admitone.server.catalog;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.waitingroom.WaitingRoomGate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static io.admitone.server.catalog.WaitingRoomRequests.PROJECTED;
import static io.admitone.server.catalog.WaitingRoomRequests.entry;
import static io.admitone.server.catalog.WaitingRoomRequests.join;
import static io.admitone.server.catalog.WaitingRoomRequests.joined;
import static io.admitone.server.catalog.WaitingRoomRequests.publishedPerformances;
import static io.admitone.server.catalog.WaitingRoomRequests.switchOn;
import static io.admitone.server.catalog.WaitingRoomRequests.switchRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/**
 * Buyers queue for published performances over HTTP and are admitted at two per second; a stand-in for the hold
 * endpoint asks the gate, as the real one will.
 */
@Import(WaitingRoomTest.GatedRoute.class)
class WaitingRoomTest extends ServerIntegrationTest {

    private static final int AUTO_THRESHOLD = 5;
    static final int OUT_OF_ORDER = -1;

    @TestConfiguration
    static class GatedRoute {

        @RestController
        static class Gated {

            private final WaitingRoomGate gate;

            Gated(WaitingRoomGate gate) {
                this.gate = gate;
            }

            @PostMapping("/test/orgs/{org}/performances/{performance}/gated")
            Mono<String> attempt(@PathVariable UUID org, @PathVariable UUID performance,
                                 @RequestHeader(name = "X-Admission-Token", required = false) String token) {
                return gate.admit(new TenantId(org), performance, token).thenReturn("through");
            }
        }
    }

    @DynamicPropertySource
    static void slowAdmissions(DynamicPropertyRegistry registry) {
        registry.add("admitone.waiting-room.admissions-per-second", () -> "2");
        registry.add("admitone.waiting-room.tick-interval", () -> "PT0.1S");
        registry.add("admitone.waiting-room.auto-threshold", () -> Integer.toString(AUTO_THRESHOLD));
    }

    @Autowired
    WaitingRoomGate gate;

    @Test
    void joiningGivesIncreasingPositionsInTheOrderOfJoining() {
        String org = createOrganisation("queue-order");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        switchRoom(admin, org, performance, Map.of("active", true, "admissionsPerSecond", 1)).expectStatus().isOk();

        for (long expected = 1; expected <= 5; expected++) {
            var result = join(http, org, performance).expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
            JsonNode entry = result.getResponseBody();
            assertThat(entry.get("position").asLong()).isEqualTo(expected);
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo(
                    "/api/v1/orgs/" + org + "/performances/" + performance + "/queue/" + entry.get("queueToken").asString());
            JsonNode followed = entry(http, org, performance, entry.get("queueToken").asString());
            assertThat(followed.get("position").asLong()).isEqualTo(expected);
            assertThat(followed.get("status").asString()).isIn("WAITING", "ADMITTED");
        }
    }

    @Test
    void buyersAreAdmittedGraduallyInTheOrderTheyJoined() {
        String org = createOrganisation("queue-rate");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        switchOn(admin, org, performance);
        List<String> queue = IntStream.range(0, 8).mapToObj(i -> joined(http, org, performance).get("queueToken").asString())
                .toList();

        List<Integer> admittedCounts = new ArrayList<>();
        await().atMost(PROJECTED).until(() -> {
            admittedCounts.add(admittedPrefix(http, org, performance, queue));
            return admittedCounts.getLast() == queue.size();
        });
        assertThat(admittedCounts).as("nobody is admitted before those ahead").doesNotContain(OUT_OF_ORDER);
        assertThat(admittedCounts).as("admission goes a few at a time").anyMatch(n -> n > 0 && n < queue.size());
        JsonNode last = entry(http, org, performance, queue.getLast());
        assertThat(last.get("admissionToken").asString()).isNotBlank();
        assertThat(last.get("expiresAt").asString()).isNotBlank();
    }

    @Test
    void anAdmittedBuyersTokenPassesTheGateOnceAndFailsTheSecondTime() {
        String org = createOrganisation("queue-once");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        switchOn(admin, org, performance);
        String queueToken = joined(http, org, performance).get("queueToken").asString();
        String admission = admissionOf(org, performance, queueToken);

        gated(org, performance, admission).expectStatus().isOk();
        refused(gated(org, performance, admission)).jsonPath("$.detail").value(containsString("used"));
        refused(gated(org, performance, admissionOf(org, performance, queueToken)));
    }

    @Test
    void aTokenForAnotherPerformanceOrNoTokenIsRefused() {
        String org = createOrganisation("queue-foreign");
        String[] performances = publishedPerformances(admin, http, org, 2);
        switchOn(admin, org, performances[0]);
        switchOn(admin, org, performances[1]);
        String admission = admissionOf(org, performances[0], joined(http, org, performances[0]).get("queueToken").asString());

        refused(gated(org, performances[1], admission));
        refused(gated(org, performances[1], null));
        refused(gated(org, performances[1], "not-a-token"));
        gated(org, performances[0], admission).expectStatus().isOk();
    }

    @Test
    void anInactiveRoomLetsEverythingThroughAndAdmitsWhoeverJoins() {
        String org = createOrganisation("queue-off");
        String performance = publishedPerformances(admin, http, org, 1)[0];

        gated(org, performance, null).expectStatus().isOk();
        gated(org, performance, "not-a-token").expectStatus().isOk();
        JsonNode entry = joined(http, org, performance);
        assertThat(entry.get("status").asString()).isEqualTo("ADMITTED");
        assertThat(entry.get("admissionToken").asString()).isNotBlank();
    }

    @Test
    void catalogManagersSwitchTheRoomOnAndOffAndSwitchingOffAdmitsEveryoneWaiting() {
        String org = createOrganisation("queue-switch");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        WebTestClient manager = member(org, StaffRole.EVENT_MANAGER);

        switchRoom(manager, org, performance, Map.of("active", true, "admissionsPerSecond", 1)).expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(true).jsonPath("$.admissionsPerSecond").isEqualTo(1);
        refused(gated(org, performance, null));
        List<String> queue = IntStream.range(0, 5).mapToObj(i -> joined(http, org, performance).get("queueToken").asString())
                .toList();

        switchRoom(manager, org, performance, Map.of("active", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.waiting").isEqualTo(0);
        gated(org, performance, null).expectStatus().isOk();
        assertThat(entry(http, org, performance, queue.getLast()).get("status").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void onlyCatalogManagersMaySwitchTheRoom() {
        String org = createOrganisation("queue-who");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        Map<String, Object> on = Map.of("active", true);

        switchRoom(member(org, StaffRole.BOX_OFFICE), org, performance, on).expectStatus().isForbidden();
        switchRoom(member(org, StaffRole.ANALYST), org, performance, on).expectStatus().isForbidden();
        switchRoom(http, org, performance, on).expectStatus().isUnauthorized();
        switchRoom(member(createOrganisation("queue-who-else"), StaffRole.OWNER), org, performance, on)
                .expectStatus().isNotFound();
        switchRoom(admin, org, performance, Map.of()).expectStatus().isBadRequest();
        gated(org, performance, null).expectStatus().isOk();
    }

    @Test
    void buyersCannotQueueForAnUnknownOrUnpublishedPerformance() {
        String org = createOrganisation("queue-unknown");
        String event = CatalogRequests.createEvent(admin, org, CatalogRequests.createVenue(admin, org), "Draft", "concert");
        String draft = CatalogRequests.schedule(admin, org, event, WaitingRoomRequests.JUNE);
        await().atMost(PROJECTED).untilAsserted(() -> admin.get()
                .uri("/api/v1/orgs/{org}/performances/{performance}/availability", org, draft).exchange()
                .expectStatus().isOk());

        join(http, org, draft).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        join(http, org, UUID.randomUUID().toString()).expectStatus().isNotFound();
        http.get().uri("/api/v1/orgs/{org}/performances/{performance}/queue/{token}", org, draft, "no-such-token")
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void theRoomSwitchesItselfOnWhenHoldAttemptsExceedTheThreshold() {
        String org = createOrganisation("queue-auto");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        TenantId tenant = TenantId.of(org);
        UUID id = UUID.fromString(performance);

        for (int i = 0; i < AUTO_THRESHOLD - 2; i++) {
            gate.recordAttempt(tenant, id).block();
        }
        gated(org, performance, null).expectStatus().isOk();
        for (int i = 0; i < AUTO_THRESHOLD * 4; i++) {
            gate.recordAttempt(tenant, id).block();
        }
        refused(gated(org, performance, null));
        assertThat(joined(http, org, performance).get("status").asString()).isEqualTo("WAITING");
    }

    @Test
    void manyBuyersJoiningAtOnceGetDistinctPositionsWithoutGaps() throws InterruptedException {
        String org = createOrganisation("queue-rush");
        String performance = publishedPerformances(admin, http, org, 1)[0];
        switchRoom(admin, org, performance, Map.of("active", true, "admissionsPerSecond", 1)).expectStatus().isOk();
        int buyers = 40;

        List<Callable<JsonNode>> joins = IntStream.range(0, buyers)
                .<Callable<JsonNode>>mapToObj(i -> () -> joined(http, org, performance)).toList();
        List<JsonNode> entries = AllAtOnce.run(joins);

        assertThat(entries.stream().map(e -> e.get("position").asLong()).sorted().toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, buyers).boxed().toList());
        assertThat(entries.stream().map(e -> e.get("queueToken").asString()).distinct()).hasSize(buyers);
    }

    /**
     * How many of the queue are admitted, or {@link #OUT_OF_ORDER} when someone waits behind an admitted buyer.
     * Asked from the back, so that an admission made during the sweep cannot look like someone admitted before
     * those ahead.
     */
    static int admittedPrefix(WebTestClient client, String org, String performance, List<String> queue) {
        int admitted = 0;
        for (int i = queue.size() - 1; i >= 0; i--) {
            boolean in = !entry(client, org, performance, queue.get(i)).get("status").asString().equals("WAITING");
            if (!in && admitted > 0) {
                return OUT_OF_ORDER;
            }
            admitted += in ? 1 : 0;
        }
        return admitted;
    }

    private String admissionOf(String org, String performance, String queueToken) {
        await().atMost(PROJECTED).until(() -> entry(http, org, performance, queueToken).get("status").asString()
                .equals("ADMITTED"));
        return entry(http, org, performance, queueToken).get("admissionToken").asString();
    }

    private WebTestClient.ResponseSpec gated(String org, String performance, String admission) {
        return http.post().uri("/test/orgs/{org}/performances/{performance}/gated", org, performance)
                .headers(headers -> {
                    if (admission != null) {
                        headers.set("X-Admission-Token", admission);
                    }
                })
                .exchange();
    }

    private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("queue-required")
                .jsonPath("$.queue").value(endsWith("/queue"));
    }
}
