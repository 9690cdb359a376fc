package io.admitone.server.idempotency;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.idempotency.IdempotentCalls.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static io.admitone.server.idempotency.IdempotentCalls.newKey;
import static io.admitone.server.idempotency.IdempotentCalls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Endpoints of this test only: one that fails while told to, one that answers when the test opens its gate. */
class IdempotencyFailuresTest extends ServerIntegrationTest {

    private static final String FLAKY = "/api/v1/admin/idempotency-test/flaky";
    private static final String GATED = "/api/v1/admin/idempotency-test/gated";

    @Autowired
    TestEndpoints endpoints;

    @DynamicPropertySource
    static void shortWait(DynamicPropertyRegistry registry) {
        registry.add("admitone.idempotency.wait-timeout", () -> "PT1S");
    }

    @TestConfiguration
    static class Endpoints {
        @Bean
        TestEndpoints testEndpoints() {
            return new TestEndpoints();
        }
    }

    @RestController
    static class TestEndpoints {
        final AtomicInteger flakyRuns = new AtomicInteger();
        final AtomicInteger gatedRuns = new AtomicInteger();
        volatile boolean failing = true;
        final Sinks.Empty<Void> gate = Sinks.empty();

        @PostMapping(FLAKY)
        @ResponseStatus(HttpStatus.CREATED)
        Mono<Map<String, Integer>> flaky() {
            int run = flakyRuns.incrementAndGet();
            return failing ? Mono.error(new IllegalStateException("failing as the test asked"))
                    : Mono.just(Map.of("run", run));
        }

        @PostMapping(GATED)
        @ResponseStatus(HttpStatus.CREATED)
        Mono<Map<String, Integer>> gated() {
            int run = gatedRuns.incrementAndGet();
            return gate.asMono().then(Mono.just(Map.of("run", run)));
        }
    }

    @Test
    void aServerErrorIsNotKeptSoTheNextRequestWithTheKeyRuns() {
        String key = newKey();
        Answer failed = post(admin, FLAKY, key, "{}");
        endpoints.failing = false;

        Answer retried = post(admin, FLAKY, key, "{}");
        Answer repeated = post(admin, FLAKY, key, "{}");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.replayed()).isFalse();
        assertThat(repeated.replayed()).isTrue();
        assertThat(repeated.asFirst()).isEqualTo(retried);
        assertThat(endpoints.flakyRuns).hasValue(2);
    }

    @Test
    void aRepeatWaitsForTheFirstAtMostTheWaitTimeoutWhileAnotherBodyIsRejectedAtOnce() {
        String key = newKey();
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> post(
                admin.mutate().responseTimeout(Duration.ofSeconds(60)).build(), GATED, key, "{}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> endpoints.gatedRuns.get() == 1);

        Answer waitedTooLong = post(admin, GATED, key, "{}");
        Answer otherBody = post(admin, GATED, key, "{\"other\":true}");
        endpoints.gate.tryEmitEmpty();
        Answer answered = first.join();
        Answer repeated = post(admin, GATED, key, "{}");

        assertThat(waitedTooLong.status()).isEqualTo(409);
        assertThat(waitedTooLong.body()).contains("\"code\":\"idempotency-request-in-progress\"");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(answered.status()).isEqualTo(201);
        assertThat(repeated.replayed()).isTrue();
        assertThat(repeated.asFirst()).isEqualTo(answered);
        assertThat(endpoints.gatedRuns).hasValue(1);
    }
}
