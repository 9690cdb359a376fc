package io.admitone.query.tenancy;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.function.Function;

/**
 * The one way the query side reads tenant data. Role and tenant are set with {@code local} scope, so they end
 * with the transaction and a pooled connection never carries one tenant's scope into another's query.
 */
@Component
public class TenantScopedQueries {

    private final DSLContext db;

    public TenantScopedQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * Runs {@code query} as the tenant on the bounded elastic scheduler; a null result completes the
     * {@code Mono} empty.
     */
    public <T> Mono<T> read(TenantId tenantId, Function<DSLContext, T> query) {
        return Mono.fromCallable(() -> readBlocking(tenantId, query)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Runs {@code query} as the tenant on the calling thread, for callers that may block, such as scheduled jobs. */
    public <T> T readBlocking(TenantId tenantId, Function<DSLContext, T> query) {
        return db.transactionResult(transaction -> {
            DSLContext tenantScoped = transaction.dsl();
            // Both settings in one round trip; "role" set transaction-locally is what SET LOCAL ROLE does.
            tenantScoped.select(localSetting("role", "admitone_reader"),
                    localSetting("admitone.tenant_id", tenantId.toString())).fetch();
            return query.apply(tenantScoped);
        });
    }

    private static Field<String> localSetting(String name, String value) {
        return DSL.function("set_config", String.class, DSL.val(name), DSL.val(value), DSL.inline(true));
    }
}
