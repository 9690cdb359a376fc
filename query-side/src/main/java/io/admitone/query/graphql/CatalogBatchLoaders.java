package io.admitone.query.graphql;

import io.admitone.query.catalog.event.AvailabilityView;
import io.admitone.query.catalog.event.CatalogReader;
import io.admitone.query.catalog.event.PerformanceView;
import io.admitone.query.catalog.event.TicketTypeView;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The loaders that read the parts of all events or performances of one level of a query together: one query per
 * part and scope, however many events or performances the level holds.
 */
@Component
class CatalogBatchLoaders {

    static final String PERFORMANCES = "performances";
    static final String TICKET_TYPES = "ticketTypes";
    static final String AVAILABILITY = "availability";

    CatalogBatchLoaders(BatchLoaderRegistry registry, CatalogReader catalog) {
        registry.<Scoped, List<PerformanceView>>forName(PERFORMANCES).registerMappedBatchLoader((keys, environment) ->
                perScope(keys, (scope, ids) -> catalog.performancesOf(scope.tenant(), ids), List.of()));
        registry.<Scoped, List<TicketTypeView>>forName(TICKET_TYPES).registerMappedBatchLoader((keys, environment) ->
                perScope(keys, (scope, ids) -> catalog.ticketTypesOf(scope.caller(), scope.tenant(), ids), List.of()));
        registry.<Scoped, AvailabilityView>forName(AVAILABILITY).registerMappedBatchLoader((keys, environment) ->
                perScope(keys, (scope, ids) -> catalog.availabilityOf(scope.caller(), scope.tenant(), ids), null));
    }

    /** Loads the ids of each scope in one call; an id found nowhere gets {@code absent} (null: no value). */
    private static <V> Mono<Map<Scoped, V>> perScope(Set<Scoped> keys,
                                                     BiFunction<ReadScope, Set<UUID>, Mono<Map<UUID, V>>> load,
                                                     V absent) {
        Map<ReadScope, Set<UUID>> idsByScope = keys.stream().collect(Collectors.groupingBy(Scoped::scope,
                Collectors.mapping(Scoped::id, Collectors.toSet())));
        return Flux.fromIterable(idsByScope.entrySet())
                .flatMap(scope -> load.apply(scope.getKey(), scope.getValue()).map(found -> {
                    Map<Scoped, V> values = new HashMap<>();
                    scope.getValue().forEach(id -> {
                        V value = found.getOrDefault(id, absent);
                        if (value != null) {
                            values.put(new Scoped(scope.getKey(), id), value);
                        }
                    });
                    return values;
                }))
                .collect(HashMap::new, Map::putAll);
    }
}
