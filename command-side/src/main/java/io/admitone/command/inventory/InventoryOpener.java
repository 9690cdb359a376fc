package io.admitone.command.inventory;

import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.inventory.OpenInventoryCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Opens a performance's inventory partitions from its venue's seat map. Partition ids follow from the performance,
 * so opening again finds the partitions open and changes nothing.
 */
@Component
class InventoryOpener {

    static final int MAX_STANDING_CAPACITY = 1_000_000;

    private final Repository<SeatedPartition> seated;
    private final Repository<StandingPartition> standing;
    private final EventStore events;
    private final VenueLayouts venues;
    private final OpenedPerformances opened;
    private final Clock clock;

    InventoryOpener(Repository<SeatedPartition> seated, Repository<StandingPartition> standing, EventStore events,
                    VenueLayouts venues, OpenedPerformances opened, Clock clock) {
        this.seated = seated;
        this.standing = standing;
        this.events = events;
        this.venues = venues;
        this.opened = opened;
        this.clock = clock;
    }

    @CommandHandler
    void handle(OpenInventoryCommand command) throws Exception {
        VenueLayout venue = venues.of(command.tenantId(), command.venueId());
        Instant now = clock.instant();
        for (SectionLayout section : venue.sections()) {
            if (section.kind() == SectionKind.SEATED) {
                PartitionId id = PartitionId.of(command.performanceId(), section.name());
                openOnce(seated, id, () -> new SeatedPartition(new SeatedPartitionOpened(id, command.tenantId(),
                        command.eventId(), command.performanceId(), section, now)));
            } else {
                openSlices(command, section, now);
            }
        }
        opened.opened(command.performanceId(), command.tenantId(), command.eventId());
    }

    private void openSlices(OpenInventoryCommand command, SectionLayout section, Instant now) throws Exception {
        PerformanceId performance = command.performanceId();
        int slices = StandingSlices.count(section.capacity());
        int[] shares = StandingSlices.split(section.capacity(), slices);
        for (int slice = 0; slice < slices; slice++) {
            PartitionId id = PartitionId.of(performance, PartitionId.sliceKey(section.name(), slice));
            StandingPartitionOpened sliceOpened = new StandingPartitionOpened(id, command.tenantId(), command.eventId(),
                    performance, section.name(), slice, slices, shares[slice], now);
            openOnce(standing, id, () -> new StandingPartition(sliceOpened));
        }
    }

    /** A partition that has events is open; asking the event store, rather than loading it, logs no miss. */
    private <T> void openOnce(Repository<T> partitions, PartitionId id, Callable<T> opening) throws Exception {
        if (events.lastSequenceNumberFor(id.toString()).isEmpty()) {
            partitions.newInstance(opening);
        }
    }
}
