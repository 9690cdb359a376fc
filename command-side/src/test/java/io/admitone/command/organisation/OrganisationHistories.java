package io.admitone.command.organisation;

import io.admitone.kernel.organisation.OrganisationEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.HashMap;
import java.util.Map;

/** {@link Organisations} over organisations with the given events, for fixtures of the features that ask it. */
public final class OrganisationHistories {

    private OrganisationHistories() {
    }

    public static Organisations of(OrganisationEvent... history) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        Map<String, Long> sequences = new HashMap<>();
        for (OrganisationEvent event : history) {
            String id = event.tenantId().toString();
            long sequence = sequences.merge(id, 0L, (last, ignored) -> last + 1);
            storage.appendEvents(new GenericDomainEventMessage<>(Organisation.class.getSimpleName(), id, sequence, event));
        }
        EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(storage).build();
        return new Organisations(EventSourcingRepository.builder(Organisation.class).eventStore(events).build());
    }
}
