package io.admitone.server.catalog;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.waitingroom.QueueRequired;
import io.admitone.server.waitingroom.WaitingRoomGate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static io.admitone.server.catalog.WaitingRoomRequests.PROJECTED;
import static io.admitone.server.catalog.WaitingRoomRequests.entry;
import static io.admitone.server.catalog.WaitingRoomRequests.joined;
import static io.admitone.server.catalog.WaitingRoomRequests.publishedPerformances;
import static io.admitone.server.catalog.WaitingRoomRequests.switchOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two server instances on one database and one Redis share each waiting room: one queue, one admission order. */
class WaitingRoomScaledOutTest {

    @Test
    void twoInstancesAdmitOneQueueInOneOrderAndEachAdmissionOnce() throws InterruptedException {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("admitone.waiting-room.admissions-per-second", "10");
        properties.put("admitone.waiting-room.tick-interval", "PT0.05S");
        try (RunningServer first = RunningServer.start(properties); RunningServer second = RunningServer.start(properties)) {
            WebTestClient[] buyers = {first.http(), second.http()};
            String org = createOrganisation(first.admin());
            String performance = publishedPerformances(first.admin(), second.http(), org, 1)[0];
            switchOn(second.admin(), org, performance);

            int count = 30;
            List<Callable<JsonNode>> joins = IntStream.range(0, count)
                    .<Callable<JsonNode>>mapToObj(i -> () -> joined(buyers[i % 2], org, performance)).toList();
            List<JsonNode> entries = new ArrayList<>(AllAtOnce.run(joins));
            assertThat(entries.stream().map(e -> e.get("position").asLong()).sorted().toList())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
            entries.sort((a, b) -> Long.compare(a.get("position").asLong(), b.get("position").asLong()));
            List<String> queue = entries.stream().map(e -> e.get("queueToken").asString()).toList();

            List<Integer> admittedCounts = new ArrayList<>();
            await().atMost(PROJECTED).until(() -> {
                admittedCounts.add(WaitingRoomTest.admittedPrefix(buyers[admittedCounts.size() % 2], org, performance, queue));
                return admittedCounts.getLast() == count;
            });
            assertThat(admittedCounts).doesNotContain(WaitingRoomTest.OUT_OF_ORDER);
            assertThat(admittedCounts).anyMatch(n -> n > 0 && n < count);

            WaitingRoomGate[] gates = {first.context().getBean(WaitingRoomGate.class),
                    second.context().getBean(WaitingRoomGate.class)};
            for (String queueToken : queue) {
                String admission = entry(buyers[1], org, performance, queueToken).get("admissionToken").asString();
                List<Callable<Boolean>> both = List.of(() -> passes(gates[0], org, performance, admission),
                        () -> passes(gates[1], org, performance, admission));
                assertThat(AllAtOnce.run(both)).as("one of two instances lets the admission through").containsOnlyOnce(true);
            }
        }
    }

    private static boolean passes(WaitingRoomGate gate, String org, String performance, String admission) {
        try {
            gate.admit(TenantId.of(org), UUID.fromString(performance), admission).block();
            return true;
        } catch (QueueRequired refused) {
            return false;
        }
    }

    private static String createOrganisation(WebTestClient admin) {
        String slug = "queue-scaled-" + UUID.randomUUID().toString().substring(0, 8);
        return admin.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Org " + slug, "slug", slug, "defaultCurrency", "EUR",
                        "timeZone", "Europe/Berlin", "locale", "de-DE"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }
}
