package io.admitone.command.inventory;

import io.admitone.command.catalog.venue.VenueLayouts;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.time.Clock;

/**
 * The partitions and the inventory opener on a command bus over a given event store, for tests of what sends
 * commands to several partitions one after another (which an aggregate fixture, bound to one aggregate, cannot).
 */
public final class PartitionsOnABus {

    private PartitionsOnABus() {
    }

    public static void subscribe(CommandBus bus, EventStore events, ParameterResolverFactory resolvers,
                                 VenueLayouts venues, OpenedPerformances opened, Clock clock) {
        var seated = EventSourcingRepository.builder(SeatedPartition.class).eventStore(events)
                .parameterResolverFactory(resolvers).build();
        var standing = EventSourcingRepository.builder(StandingPartition.class).eventStore(events)
                .parameterResolverFactory(resolvers).build();
        AggregateAnnotationCommandHandler.<SeatedPartition>builder().aggregateType(SeatedPartition.class)
                .repository(seated).parameterResolverFactory(resolvers).build().subscribe(bus);
        AggregateAnnotationCommandHandler.<StandingPartition>builder().aggregateType(StandingPartition.class)
                .repository(standing).parameterResolverFactory(resolvers).build().subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new InventoryOpener(seated, standing, events, venues, opened, clock), resolvers)
                .subscribe(bus);
    }
}
