package io.admitone.command.inventory;

import io.admitone.kernel.inventory.ChangeSectionCapacityCommand;
import io.admitone.kernel.inventory.PartitionId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes a standing section's capacity across its slices in one transaction: each slice keeps what it has
 * taken, and the places left are spread evenly over the slices. A concurrent sale in any slice makes the change
 * fail on the event store's sequence check rather than overwrite it.
 */
@Component
class SectionCapacities {

    private final Repository<StandingPartition> slices;
    private final Clock clock;

    SectionCapacities(Repository<StandingPartition> slices, Clock clock) {
        this.slices = slices;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ChangeSectionCapacityCommand command) {
        if (command.capacity() < 1 || command.capacity() > InventoryOpener.MAX_STANDING_CAPACITY) {
            throw new InvalidCapacity(command.capacity());
        }
        List<Aggregate<StandingPartition>> section = load(command);
        int[] taken = section.stream().mapToInt(slice -> slice.invoke(StandingPartition::taken)).toArray();
        int allTaken = Arrays.stream(taken).sum();
        if (command.capacity() < allTaken) {
            throw new CapacityBelowTaken(command.section(), command.capacity(), allTaken);
        }
        int[] freeShares = StandingSlices.split(command.capacity() - allTaken, taken.length);
        Instant now = clock.instant();
        for (int i = 0; i < taken.length; i++) {
            int capacity = taken[i] + freeShares[i];
            section.get(i).execute(slice -> slice.changeCapacity(capacity, now));
        }
    }

    /** All slices of the section, or not found when the performance has no such section or is another tenant's. */
    private List<Aggregate<StandingPartition>> load(ChangeSectionCapacityCommand command) {
        try {
            Aggregate<StandingPartition> first = slices.load(
                    PartitionId.of(command.performanceId(), PartitionId.sliceKey(command.section(), 0)).toString());
            if (!command.tenantId().equals(first.invoke(StandingPartition::tenantId))) {
                throw new SectionNotFound(command.performanceId(), command.section());
            }
            List<Aggregate<StandingPartition>> all = new ArrayList<>(List.of(first));
            int count = first.invoke(StandingPartition::slices);
            for (int slice = 1; slice < count; slice++) {
                all.add(slices.load(PartitionId.of(command.performanceId(),
                        PartitionId.sliceKey(command.section(), slice)).toString()));
            }
            return all;
        } catch (AggregateNotFoundException e) {
            throw new SectionNotFound(command.performanceId(), command.section());
        }
    }
}
