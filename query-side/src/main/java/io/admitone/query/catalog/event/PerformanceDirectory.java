package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Whether a caller can see a performance, for features outside the query side that answer 404 as the catalog
 * does: buyers see performances of published events only, the organisation's staff see drafts too.
 */
@Component
public class PerformanceDirectory {

    private final TenantScopedQueries queries;

    PerformanceDirectory(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** True when the performance exists in the organisation and {@code caller} (null: anonymous) may see it. */
    public Mono<Boolean> visible(Caller caller, TenantId tenant, UUID performanceId) {
        Audience audience = Audience.of(caller, tenant);
        return queries.read(tenant, db -> EventQueries.performance(db, tenant, audience, performanceId).isPresent());
    }
}
