package io.admitone.server.projections;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.diagnostics.ProbeRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Import(FaultyProbeHandler.class)
class DeadLettersTest extends ServerIntegrationTest {

    private static final Duration SETTLED = Duration.ofSeconds(30);
    private static final String PROBES = "/api/v1/admin/projections/probes";

    @Autowired
    FaultyProbeHandler faulty;

    @Test
    void anEventAHandlerCannotApplyIsParkedWithItsSequenceWhileOtherEventsFlowAndARetryAfterTheFixAppliesIt() {
        String label = "poison-" + UUID.randomUUID();
        faulty.failFor(label);
        String poisoned = ProbeRequests.started(admin, label, "PT0S");
        String healthy = ProbeRequests.started(admin, "healthy", "PT0S");

        await().atMost(SETTLED).untilAsserted(() -> {
            assertThat(statusOf(healthy)).isEqualTo("ECHOED");
            assertThat(lettersOf(poisoned)).extracting(letter -> letter.get("eventType").asString())
                    .containsExactly("io.admitone.kernel.diagnostics.ProbeStarted",
                            "io.admitone.kernel.diagnostics.ProbeEchoed");
        });
        JsonNode first = lettersOf(poisoned).getFirst();
        assertThat(first.get("sequence").asString()).isEqualTo(poisoned);
        assertThat(first.get("index").asLong()).isLessThan(lettersOf(poisoned).get(1).get("index").asLong());
        assertThat(first.get("aggregateId").asString()).isEqualTo(poisoned);
        assertThat(first.get("aggregateType").asString()).isEqualTo("Probe");
        assertThat(first.get("causeMessage").asString()).contains("division by zero");
        assertThat(first.get("enqueuedAt").isNull()).isFalse();
        assertThat(statusOf(poisoned)).as("its echo waits behind it").isNotEqualTo("ECHOED");
        admin.get().uri(PROBES).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("RUNNING")
                .jsonPath("$.deadLetters").isEqualTo(2);
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .containsPattern("admitone_projection_dead_letters\\{[^}]*processor=\"probes\"} 2.0"));

        retry(first).jsonPath("$.sequencesCleared").isEqualTo(0).jsonPath("$.deadLettersLeft").isEqualTo(2);
        faulty.fixFor(label);
        retry(first).jsonPath("$.sequencesCleared").isEqualTo(1).jsonPath("$.deadLettersLeft").isEqualTo(0);

        assertThat(statusOf(poisoned)).isEqualTo("ECHOED");
        assertThat(lettersOf(poisoned)).isEmpty();
    }

    @Test
    void aSkippedDeadLetterIsEvictedWithoutBeingApplied() {
        String label = "skipped-" + UUID.randomUUID();
        faulty.failFor(label);
        String poisoned = ProbeRequests.started(admin, label, "PT1H");
        await().atMost(SETTLED).until(() -> lettersOf(poisoned).size() == 1);
        String id = lettersOf(poisoned).getFirst().get("id").asString();

        admin.delete().uri(PROBES + "/dead-letters/{id}", id).exchange().expectStatus().isNoContent();

        assertThat(lettersOf(poisoned)).isEmpty();
        admin.delete().uri(PROBES + "/dead-letters/{id}", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("dead-letter-not-found");
        faulty.fixFor(label);
    }

    @Test
    void deadLettersArePagedWithACursor() {
        String label = "paged-" + UUID.randomUUID();
        faulty.failFor(label);
        ProbeRequests.started(admin, label, "PT1H");
        ProbeRequests.started(admin, label, "PT1H");
        ProbeRequests.started(admin, label, "PT1H");
        await().atMost(SETTLED).until(() -> allLetters().size() >= 3);

        JsonNode page = admin.get().uri(PROBES + "/dead-letters?limit=2").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.get("items")).hasSize(2);
        String cursor = page.get("nextCursor").asString();
        String lastOfFirstPage = page.get("items").get(1).get("id").asString();
        JsonNode rest = admin.get().uri(PROBES + "/dead-letters?limit=200&cursor={cursor}", cursor).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(rest.get("items").get(0).get("id").asString()).isGreaterThan(lastOfFirstPage);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        faulty.fixFor(label);
        admin.post().uri(PROBES + "/dead-letters/retry").exchange().expectStatus().isOk();
        assertThat(allLetters()).isEmpty();
    }

    @Test
    void aReplayEmptiesTheDeadLettersAndParksAgainWhatStillFails() {
        String label = "replayed-" + UUID.randomUUID();
        faulty.failFor(label);
        String poisoned = ProbeRequests.started(admin, label, "PT1H");
        await().atMost(SETTLED).until(() -> lettersOf(poisoned).size() == 1);
        String parkedBefore = lettersOf(poisoned).getFirst().get("id").asString();

        admin.post().uri(PROBES + "/replay").exchange().expectStatus().isAccepted();

        await().atMost(SETTLED).untilAsserted(() -> {
            assertThat(lettersOf(poisoned)).singleElement()
                    .satisfies(letter -> assertThat(letter.get("id").asString()).isNotEqualTo(parkedBefore));
            admin.get().uri(PROBES).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.state").isEqualTo("RUNNING")
                    .jsonPath("$.eventsBehind").isEqualTo(0);
        });
        faulty.fixFor(label);
        admin.post().uri(PROBES + "/dead-letters/retry").exchange().expectStatus().isOk();
        assertThat(lettersOf(poisoned)).isEmpty();
    }

    @Test
    void processorsThatSendCommandsKeepNoDeadLettersAndOnlyPlatformAdminsSeeThem() {
        admin.get().uri("/api/v1/admin/projections/order-returns/dead-letters").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("projection-keeps-no-dead-letters");
        admin.get().uri("/api/v1/admin/projections/order-returns").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.deadLetters").isEmpty();
        admin.post().uri("/api/v1/admin/projections/nonsense/dead-letters/retry").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("projection-not-found");
        String org = createOrganisation("dead-letters");
        member(org, StaffRole.OWNER).get().uri(PROBES + "/dead-letters").exchange().expectStatus().isForbidden();
        http.get().uri(PROBES + "/dead-letters").exchange().expectStatus().isUnauthorized();
    }

    /** The probe's status in the read model, null while the probe is not there. */
    private String statusOf(String probeId) {
        JsonNode probe = ProbeRequests.read(admin, probeId).returnResult(JsonNode.class).getResponseBody().blockFirst();
        return probe == null || probe.get("status") == null ? null : probe.get("status").asString();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec retry(JsonNode letter) {
        return admin.post().uri(PROBES + "/dead-letters/{id}/retry", letter.get("id").asString()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.sequencesRetried").isEqualTo(1);
    }

    private List<JsonNode> lettersOf(String probeId) {
        return allLetters().stream().filter(letter -> letter.get("sequence").asString().equals(probeId))
                .sorted((a, b) -> Long.compare(a.get("index").asLong(), b.get("index").asLong()))
                .toList();
    }

    private List<JsonNode> allLetters() {
        List<JsonNode> letters = new ArrayList<>();
        admin.get().uri(PROBES + "/dead-letters?limit=200").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").forEach(letters::add);
        return letters;
    }
}
