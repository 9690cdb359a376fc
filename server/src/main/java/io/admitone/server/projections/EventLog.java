package io.admitone.server.projections;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/** The two facts about the event store that lag needs: its head, and when the event after a position was stored. */
@Component
class EventLog {

    private final EventStore events;
    private final JdbcClient jdbc;

    EventLog(EventStore events, DataSource dataSource) {
        this.events = events;
        this.jdbc = JdbcClient.create(dataSource);
    }

    long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    Optional<Instant> storedAfter(long position) {
        return jdbc.sql("""
                        select time_stamp from axon.domain_event_entry
                        where global_index > ? order by global_index limit 1""")
                .param(position)
                .query(String.class)
                .optional()
                .map(Instant::parse);
    }
}
