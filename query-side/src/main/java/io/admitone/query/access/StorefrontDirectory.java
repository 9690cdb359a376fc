package io.admitone.query.access;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

import static io.admitone.schema.jooq.Tables.ORGANISATION;

/** The web origins of an organisation's storefronts, read as the owner for requests that name no caller yet. */
@Component
public class StorefrontDirectory {

    private final DSLContext db;

    StorefrontDirectory(DSLContext db) {
        this.db = db;
    }

    /** The organisation's storefront origins; none for an unknown organisation. */
    public Mono<List<String>> origins(TenantId tenantId) {
        return Mono.fromCallable(() -> db.select(ORGANISATION.STOREFRONT_ORIGINS)
                        .from(ORGANISATION)
                        .where(ORGANISATION.TENANT_ID.eq(tenantId.value()))
                        .fetchOptional(row -> List.of(row.value1()))
                        .orElse(List.of()))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
