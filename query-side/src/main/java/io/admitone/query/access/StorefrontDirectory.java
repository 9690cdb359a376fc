package io.admitone.query.access;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Locale;

import static io.admitone.schema.jooq.Tables.ORGANISATION;

/**
 * The web origins of an organisation's storefronts, and the organisation a storefront names by its custom domain
 * or its slug; read as the owner for requests that name no caller yet.
 */
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

    /** The organisation whose custom domain is {@code host}; empty for none. */
    public Mono<TenantId> byCustomDomain(String host) {
        return tenantWhere(ORGANISATION.CUSTOM_DOMAIN.eq(host.toLowerCase(Locale.ROOT)));
    }

    /** The organisation with the slug {@code slug}; empty for none. */
    public Mono<TenantId> bySlug(String slug) {
        return tenantWhere(ORGANISATION.SLUG.eq(slug));
    }

    private Mono<TenantId> tenantWhere(Condition condition) {
        return Mono.fromCallable(() -> db.select(ORGANISATION.TENANT_ID)
                        .from(ORGANISATION)
                        .where(condition)
                        // while a domain moves between organisations both rows may name it for a moment
                        .orderBy(ORGANISATION.POSITION.desc())
                        .limit(1)
                        .fetchOptional(row -> new TenantId(row.value1()))
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
