package io.admitone.server.idempotency;

import io.admitone.kernel.access.Caller;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.idempotency.IdempotentCalls.Answer;
import io.admitone.server.security.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.admitone.server.idempotency.IdempotentCalls.newKey;
import static io.admitone.server.idempotency.IdempotentCalls.organisation;
import static io.admitone.server.idempotency.IdempotentCalls.post;
import static io.admitone.server.idempotency.IdempotentCalls.probe;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends ServerIntegrationTest {

    private static final String ORGS = "/api/v1/orgs";
    private static final String PROBES = "/api/v1/admin/probes";
    private static final int CONTENDERS = 12;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder accessTokenEncoder;

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothingMore() {
        String key = newKey();
        String slug = newSlug();

        Answer first = post(admin, ORGS, key, organisation(slug));
        Answer repeat = post(admin, ORGS, key, organisation(slug));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).startsWith("/api/v1/orgs/");
        assertThat(first.replayed()).isFalse();
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.asFirst()).isEqualTo(first);
        assertThat(organisationsCreatedWith(slug)).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsRunOnceAndAllGetTheSameAnswer() throws Exception {
        String key = newKey();
        String slug = newSlug();
        List<Callable<Answer>> repeats = IntStream.range(0, CONTENDERS)
                .<Callable<Answer>>mapToObj(i -> () -> post(admin, ORGS, key, organisation(slug)))
                .toList();

        List<Answer> answers = AllAtOnce.run(repeats);

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(Answer::asFirst).containsOnly(answers.getFirst().asFirst());
        assertThat(answers).filteredOn(answer -> !answer.replayed()).hasSize(1);
        assertThat(organisationsCreatedWith(slug)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejectedAsReused() {
        String key = newKey();
        post(admin, PROBES, key, probe("first"));

        Answer other = post(admin, PROBES, key, probe("second"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.body()).contains("\"code\":\"idempotency-key-reused\"");
    }

    @Test
    void theSameKeyOnAnotherPathIsRejectedAsReused() {
        String key = newKey();
        post(admin, PROBES, key, probe("first"));

        Answer other = post(admin, ORGS, key, organisation(newSlug()));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("\"code\":\"idempotency-key-reused\"");
    }

    @Test
    void anotherCallerWithTheSameKeyIsIndependent() {
        String key = newKey();
        WebTestClient otherAdmin = http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer "
                + AccessTokens.forCaller(accessTokenEncoder, new Caller(UUID.randomUUID().toString(), true, Map.of())))
                .build();

        Answer mine = post(admin, PROBES, key, probe("shared key"));
        Answer theirs = post(otherAdmin, PROBES, key, probe("shared key"));

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.body()).isNotEqualTo(mine.body());
    }

    @Test
    void aClientErrorIsKeptAndReplayedLikeASuccess() {
        String key = newKey();

        Answer first = post(admin, PROBES, key, probe(""));
        Answer repeat = post(admin, PROBES, key, probe(""));

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.body()).contains("\"code\":\"validation-failed\"");
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.asFirst()).isEqualTo(first);
    }

    @Test
    void aKeyThatIsNotOneTo255PrintableAsciiCharactersIsABadRequest() {
        for (String invalid : List.of("", "k".repeat(256), "tab\there")) {
            Answer answer = post(admin, PROBES, invalid, probe("invalid key"));

            assertThat(answer.status()).as("key %s", invalid).isEqualTo(400);
            assertThat(answer.body()).contains("\"code\":\"malformed-request\"");
        }
        String longest = (newKey() + "k".repeat(255)).substring(0, 255);
        assertThat(post(admin, PROBES, longest, probe("longest key")).status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheSizeLimitWithAKeyIsRefused() {
        Answer answer = post(admin, PROBES, newKey(), probe("x".repeat(1024 * 1024)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"content-too-large\"");
    }

    @Test
    void requestsWithoutAKeyRunEveryTime() {
        Answer first = post(admin, PROBES, null, probe("no key"));
        Answer second = post(admin, PROBES, null, probe("no key"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.replayed()).isFalse();
        assertThat(second.body()).isNotEqualTo(first.body());
    }

    private static String newSlug() {
        return "idem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long organisationsCreatedWith(String slug) {
        return jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where payload_type = 'io.admitone.kernel.organisation.OrganisationCreated'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'slug' = ?""", Long.class, slug);
    }
}
