package io.admitone.server.idempotency;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.idempotency.IdempotentCalls.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static io.admitone.server.idempotency.IdempotentCalls.newKey;
import static io.admitone.server.idempotency.IdempotentCalls.post;
import static io.admitone.server.idempotency.IdempotentCalls.probe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Answers are kept for two seconds here. */
class IdempotencyRetentionTest extends ServerIntegrationTest {

    private static final String PROBES = "/api/v1/admin/probes";

    @DynamicPropertySource
    static void shortRetention(DynamicPropertyRegistry registry) {
        registry.add("admitone.idempotency.retention", () -> "PT2S");
    }

    @Test
    void anAnswerIsForgottenAfterTheRetentionAndTheKeyRunsAgain() {
        String key = newKey();
        Answer first = post(admin, PROBES, key, probe("kept briefly"));

        Answer afterRetention = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> post(admin, PROBES, key, probe("kept briefly")), answer -> !answer.replayed());

        assertThat(first.status()).isEqualTo(201);
        assertThat(afterRetention.status()).isEqualTo(201);
        assertThat(afterRetention.body()).isNotEqualTo(first.body());
    }
}
