package io.admitone.server.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two instances appending to one aggregate at the same moment collide on the event table's unique (aggregate,
 * sequence) key. PostgreSQL reports that as SQL state 23505 (unique violation), which Axon's default resolver
 * does not recognise; this one makes it a {@code ConcurrencyException}, so the losing write is retried as a
 * conflict rather than failing as a storage error.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConflictConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }
}
