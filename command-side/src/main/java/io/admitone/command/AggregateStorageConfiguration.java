package io.admitone.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Aggregates are cached between commands and snapshotted every {@code admitone.aggregates.snapshot-threshold}
 * events, so loading a busy inventory partition never replays its whole history.
 */
@Configuration(proxyBeanMethods = false)
class AggregateStorageConfiguration {

    /** Bean names that aggregates refer to in their {@code @Aggregate} annotation. */
    static final String SNAPSHOT_TRIGGER = "aggregateSnapshotTrigger";
    static final String CACHE = "aggregateCache";

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition aggregateSnapshotTrigger(
            Snapshotter snapshotter, @Value("${admitone.aggregates.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * A cache per aggregate type (each {@code @Aggregate} that names this prototype bean gets its own): one
     * cache for all types would be keyed by id alone, and an id of one type sent to a command of another,
     * such as a venue id on an event's path, would find the wrong aggregate instead of none.
     */
    @Bean(CACHE)
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }
}
