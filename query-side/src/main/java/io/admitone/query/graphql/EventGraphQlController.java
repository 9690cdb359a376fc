package io.admitone.query.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.catalog.event.CatalogReader;
import io.admitone.query.catalog.event.EventSummary;
import io.admitone.query.catalog.event.PerformanceView;
import io.admitone.query.catalog.event.TicketTypeView;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Events, and their performances and ticket types loaded in batches. */
@Controller
class EventGraphQlController {

    private final CatalogReader catalog;

    EventGraphQlController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryMapping
    Mono<DataFetcherResult<CursorPage<EventSummary>>> events(@AuthenticationPrincipal @Nullable Caller caller,
                                                             @Argument UUID orgId, @Argument EventStatus status,
                                                             @Argument String category, @Argument String from,
                                                             @Argument String to, @Argument int first,
                                                             @Argument String after) {
        ReadScope scope = new ReadScope(caller, new TenantId(orgId));
        return catalog.events(caller, scope.tenant(), status, category, from, to,
                        new ListParameters(first, after, null))
                .map(scope::handDown);
    }

    @QueryMapping
    Mono<DataFetcherResult<EventSummary>> event(@AuthenticationPrincipal @Nullable Caller caller,
                                                @Argument UUID orgId, @Argument UUID id) {
        ReadScope scope = new ReadScope(caller, new TenantId(orgId));
        return catalog.event(caller, scope.tenant(), id).map(scope::handDown);
    }

    @SchemaMapping(typeName = "Event")
    CompletableFuture<List<PerformanceView>> performances(EventSummary event, DataFetchingEnvironment environment) {
        return environment.<Scoped, List<PerformanceView>>getDataLoader(CatalogBatchLoaders.PERFORMANCES)
                .load(new Scoped(ReadScope.of(environment), event.id()));
    }

    @SchemaMapping(typeName = "Event")
    CompletableFuture<List<TicketTypeView>> ticketTypes(EventSummary event, DataFetchingEnvironment environment) {
        return environment.<Scoped, List<TicketTypeView>>getDataLoader(CatalogBatchLoaders.TICKET_TYPES)
                .load(new Scoped(ReadScope.of(environment), event.id()));
    }
}
