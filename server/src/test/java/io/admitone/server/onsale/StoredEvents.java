package io.admitone.server.onsale;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/** The payloads of one aggregate's events as the event store has them, for invariants that no read model proves. */
final class StoredEvents {

    private StoredEvents() {
    }

    static List<Object> of(EventStore events, String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
