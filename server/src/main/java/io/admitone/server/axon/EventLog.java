package io.admitone.server.axon;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/**
 * Two facts about the event store: its head, and when the event after a position was stored; what projection lag
 * and read-your-writes need.
 */
@Component
public class EventLog {

    private final EventStore events;
    private final JdbcClient jdbc;

    EventLog(EventStore events, DataSource dataSource) {
        this.events = events;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    public Optional<Instant> storedAfter(long position) {
        return jdbc.sql("""
                        select time_stamp from axon.domain_event_entry
                        where global_index > ? order by global_index limit 1""")
                .param(position)
                .query(String.class)
                .optional()
                .map(Instant::parse);
    }
}
