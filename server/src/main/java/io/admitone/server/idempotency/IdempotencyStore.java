package io.admitone.server.idempotency;

import org.redisson.api.RScript;
import org.redisson.api.RedissonReactiveClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

/**
 * The entries in Redis. A claim is an entry written only if the key is free ({@code SET NX} with a short time to
 * live, renewed while the request runs); the answer replaces it, and a failed request deletes it, each only while
 * the entry is still that claim, so an execution that lost its claim can never overwrite another's.
 */
@Component
class IdempotencyStore {

    private static final String PREFIX = "admitone:idempotency:";
    private static final String IF_CLAIMED = "if redis.call('get', KEYS[1]) == ARGV[1] then ";
    private static final String ANSWER = IF_CLAIMED
            + "redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0";
    private static final String RELEASE = IF_CLAIMED + "return redis.call('del', KEYS[1]) end return 0";
    private static final String EXTEND = IF_CLAIMED + "return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0";

    private final RedissonReactiveClient redis;
    private final JsonMapper json;

    IdempotencyStore(RedissonReactiveClient redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** The serialised claim when this caller got it, empty when the key is taken. */
    Mono<String> claim(String key, IdempotencyEntry claim, Duration lease) {
        String value = json.writeValueAsString(claim);
        return redis.<String>getBucket(PREFIX + key, StringCodec.INSTANCE).setIfAbsent(value, lease)
                .filter(Boolean::booleanValue)
                .map(claimed -> value);
    }

    Mono<IdempotencyEntry> find(String key) {
        return redis.<String>getBucket(PREFIX + key, StringCodec.INSTANCE).get()
                .map(value -> json.readValue(value, IdempotencyEntry.class));
    }

    /** Replaces the claim with the answer; false when the claim was lost meanwhile. */
    Mono<Boolean> answer(String key, String claim, IdempotencyEntry answered, Duration retention) {
        return ifClaimed(ANSWER, key, claim, json.writeValueAsString(answered), Long.toString(retention.toMillis()));
    }

    Mono<Boolean> release(String key, String claim) {
        return ifClaimed(RELEASE, key, claim);
    }

    Mono<Boolean> extend(String key, String claim, Duration lease) {
        return ifClaimed(EXTEND, key, claim, Long.toString(lease.toMillis()));
    }

    private Mono<Boolean> ifClaimed(String script, String key, Object... arguments) {
        return redis.getScript(StringCodec.INSTANCE)
                .eval(RScript.Mode.READ_WRITE, script, RScript.ReturnType.BOOLEAN, List.of(PREFIX + key), arguments);
    }
}
