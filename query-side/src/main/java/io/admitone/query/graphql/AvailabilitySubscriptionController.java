package io.admitone.query.graphql;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.catalog.event.AvailabilityView;
import io.admitone.query.catalog.event.CatalogReader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * Live availability of a performance the caller may see: the figures now, then new figures after each change the
 * projection announces. Changes that come faster than they are read are read once.
 */
@Controller
class AvailabilitySubscriptionController {

    private final CatalogReader catalog;
    private final AvailabilityChanges changes;

    AvailabilitySubscriptionController(CatalogReader catalog, AvailabilityChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<AvailabilityView> availabilityChanged(@AuthenticationPrincipal @Nullable Caller caller, @Argument UUID orgId,
                                               @Argument UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        Mono<AvailabilityView> current = catalog.availabilityOf(caller, tenant, List.of(performanceId))
                .mapNotNull(found -> found.get(performanceId));
        return catalog.performance(caller, tenant, performanceId)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No performance " + performanceId)))
                .thenMany(changes.of(performanceId))
                .onBackpressureLatest()
                .concatMap(change -> current, 1)
                .distinctUntilChanged();
    }
}
