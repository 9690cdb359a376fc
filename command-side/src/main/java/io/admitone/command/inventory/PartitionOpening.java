package io.admitone.command.inventory;

import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Opens the inventory partitions of every newly scheduled performance from its venue's seat map. It tracks the
 * event stream, so a performance scheduled while no instance ran is set up when one starts; partition ids follow
 * from the performance, so a redelivered event finds its partitions open and changes nothing.
 */
@Component
@ProcessingGroup(PartitionOpening.NAME)
class PartitionOpening {

    static final String NAME = "inventory-partitions";
    static final int MAX_STANDING_CAPACITY = 1_000_000;

    private final Repository<SeatedPartition> seated;
    private final Repository<StandingPartition> standing;
    private final VenueLayouts venues;
    private final Clock clock;

    PartitionOpening(Repository<SeatedPartition> seated, Repository<StandingPartition> standing, VenueLayouts venues,
                     Clock clock) {
        this.seated = seated;
        this.standing = standing;
        this.venues = venues;
        this.clock = clock;
    }

    @EventHandler
    void on(PerformanceScheduled event) throws Exception {
        VenueLayout venue = venues.of(event.tenantId(), event.venueId());
        Instant now = clock.instant();
        for (SectionLayout section : venue.sections()) {
            if (section.kind() == SectionKind.SEATED) {
                PartitionId id = PartitionId.of(event.performanceId(), section.name());
                openOnce(seated, id, () -> new SeatedPartition(new SeatedPartitionOpened(id, event.tenantId(),
                        event.eventId(), event.performanceId(), section, now)));
            } else {
                openSlices(event, section, now);
            }
        }
    }

    private void openSlices(PerformanceScheduled event, SectionLayout section, Instant now) throws Exception {
        PerformanceId performance = event.performanceId();
        int slices = StandingSlices.count(section.capacity());
        int[] shares = StandingSlices.split(section.capacity(), slices);
        for (int slice = 0; slice < slices; slice++) {
            PartitionId id = PartitionId.of(performance, PartitionId.sliceKey(section.name(), slice));
            StandingPartitionOpened opened = new StandingPartitionOpened(id, event.tenantId(), event.eventId(),
                    performance, section.name(), slice, slices, shares[slice], now);
            openOnce(standing, id, () -> new StandingPartition(opened));
        }
    }

    private static <T> void openOnce(Repository<T> partitions, PartitionId id, Callable<T> opening) throws Exception {
        try {
            partitions.load(id.toString());
        } catch (AggregateNotFoundException notYetOpen) {
            partitions.newInstance(opening);
        }
    }
}
