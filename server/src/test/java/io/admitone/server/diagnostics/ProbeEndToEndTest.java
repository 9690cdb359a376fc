package io.admitone.server.diagnostics;

import io.admitone.kernel.access.Caller;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.security.AccessTokens;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProbeEndToEndTest extends ServerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    JwtEncoder accessTokenEncoder;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    TransactionManager axonTransactions;

    @Test
    void theEventStoreIsAxonsJdbcEngineWritingJsonInSpringTransactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void aCommandOverHttpIsStoredAsJsonWithTheRequestsOriginAndReachesTheReadModel() {
        // answers to a key are kept in Redis, which outlives this run's database: a key of this run only
        String idempotencyKey = "key-" + UUID.randomUUID();
        String probeId = startProbe("first light", "PT1H", "request-42", idempotencyKey);

        Map<String, Object> row = jdbc.queryForMap("""
                select payload_type, convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta_data
                from axon.domain_event_entry where aggregate_identifier = ?""", probeId);
        assertThat(row.get("payload_type")).isEqualTo("io.admitone.kernel.diagnostics.ProbeStarted");
        JsonNode payload = JSON.readTree((String) row.get("payload"));
        assertThat(payload.get("label").asString()).isEqualTo("first light");
        JsonNode metaData = JSON.readTree((String) row.get("meta_data"));
        assertThat(metaData.get("correlationId").asString()).isEqualTo("request-42");
        assertThat(metaData.get("idempotencyKey").asString()).isEqualTo(idempotencyKey);
        assertThat(metaData.get("actor").asString()).isEqualTo("platform-admin");
        assertThat(metaData.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(metaData.get("causationId").asString()).isNotBlank();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ProbeRequests.read(admin, probeId)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.label").isEqualTo("first light")
                .jsonPath("$.status").isEqualTo("PENDING"));
    }

    @Test
    void theAuthenticatedSubjectIsRecordedAsTheActor() {
        String probeId = http.post().uri("/api/v1/admin/probes")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + AccessTokens.forCaller(accessTokenEncoder, new Caller("staff-17", true, Map.of())))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("label", "signed", "echoAfter", "PT1H"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("probeId").asString();

        String metaData = jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from axon.domain_event_entry where aggregate_identifier = ?""",
                String.class, probeId);
        assertThat(JSON.readTree(metaData).get("actor").asString()).isEqualTo("staff-17");
    }

    @Test
    void aProbeEchoesThroughItsDeadlineWithTheOriginalCorrelation() {
        String probeId = startProbe("echo", "PT1S", "request-43", null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ProbeRequests.read(admin, probeId)
                .expectBody().jsonPath("$.status").isEqualTo("ECHOED"));
        String metaData = jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from axon.domain_event_entry
                where aggregate_identifier = ? and payload_type like '%ProbeEchoed'""", String.class, probeId);
        assertThat(JSON.readTree(metaData).get("correlationId").asString()).isEqualTo("request-43");
    }

    @Test
    void aProbeThatWasNeverStartedIsNotFound() {
        ProbeRequests.read(admin, ProbeRequests.UNKNOWN_PROBE)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void healthIsUpWithTheDatabaseRedisAndEventProcessors() {
        http.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.eventProcessors.status").isEqualTo("UP")
                .jsonPath("$.components.eventProcessors.details.probes.running").isEqualTo(true);
    }

    @Test
    void prometheusMetricsAreExposed() {
        http.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    private String startProbe(String label, String echoAfter, String requestId, String idempotencyKey) {
        return admin.post().uri("/api/v1/admin/probes")
                .header("X-Request-Id", requestId)
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("label", label, "echoAfter", echoAfter))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectHeader().exists("Location")
                .expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("probeId").asString();
    }
}
