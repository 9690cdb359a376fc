package io.admitone.query.access;

import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.redisson.api.RMapReactive;
import org.redisson.api.RedissonReactiveClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.API_KEY;

/**
 * API keys by their lookup prefix, read as the owner of the read models because the tenant is what the key is
 * to tell; and when each key was last used. Use is operational telemetry, not an audit fact (every event already
 * names the key that caused it), so it is kept in Redis and written without making the call wait.
 */
@Component
public class ApiKeyDirectory {

    /** A key as stored: a secret key's SHA-256 digest, or none for a publishable key. */
    public record StoredKey(ApiKeyId keyId, TenantId tenantId, ApiKeyKind kind, Set<StaffRole> roles,
                            String secretHash, boolean revoked) {
    }

    private static final Logger log = LoggerFactory.getLogger(ApiKeyDirectory.class);
    private static final String LAST_USED = "admitone:api-key:last-used";

    private final DSLContext db;
    private final RMapReactive<String, String> lastUsed;

    ApiKeyDirectory(DSLContext db, RedissonReactiveClient redis) {
        this.db = db;
        this.lastUsed = redis.getMap(LAST_USED, StringCodec.INSTANCE);
    }

    public Mono<StoredKey> find(String prefix) {
        return Mono.fromCallable(() -> db
                        .select(API_KEY.KEY_ID, API_KEY.TENANT_ID, API_KEY.KIND, API_KEY.ROLES, API_KEY.SECRET_HASH,
                                API_KEY.REVOKED_AT)
                        .from(API_KEY)
                        .where(API_KEY.PREFIX.eq(prefix))
                        .fetchOptional(row -> new StoredKey(new ApiKeyId(row.value1()), new TenantId(row.value2()),
                                ApiKeyKind.of(row.value3()), RoleNames.parse(row.value4()), row.value5(), row.value6() != null))
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Records a use in the background; a failure to record loses a timestamp, never the call. */
    public void recordUse(ApiKeyId keyId, Instant at) {
        lastUsed.fastPut(keyId.toString(), at.toString())
                .subscribe(null, error -> log.warn("Could not record the use of API key {}: {}", keyId, error.toString()));
    }

    public Mono<Map<UUID, Instant>> lastUsed(Collection<UUID> keyIds) {
        if (keyIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return lastUsed.getAll(keyIds.stream().map(UUID::toString).collect(Collectors.toSet()))
                .map(found -> found.entrySet().stream().collect(Collectors.toMap(
                        entry -> UUID.fromString(entry.getKey()), entry -> Instant.parse(entry.getValue()))));
    }
}
