package io.admitone.command.inventory;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Real event-sourcing repositories of the partitions over an in-memory event store, for the handlers that work on
 * several partitions at once (which an aggregate fixture, bound to one aggregate, cannot show).
 */
final class InventoryStore {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(storage).build();
    final EventSourcingRepository<SeatedPartition> seated =
            EventSourcingRepository.builder(SeatedPartition.class).eventStore(events).build();
    final EventSourcingRepository<StandingPartition> standing =
            EventSourcingRepository.builder(StandingPartition.class).eventStore(events).build();

    /** Runs {@code work} in the unit of work of {@code command}, as Axon runs a handler, and answers its outcome. */
    <R> ResultMessage<R> handle(Object command, Callable<R> work) {
        return DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command)).executeWithResult(work);
    }

    /** The payloads of every event stored so far, in order. */
    List<Object> storedEvents() {
        return storage.readEvents(null, false).map(Message::getPayload).map(Object.class::cast).toList();
    }
}
