package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.inventory.PartitionId;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The partitions of a performance's section, found from the venue's seat map alone: the slice count follows from
 * the section's capacity in the venue, which a change of a performance's capacity leaves as it is.
 */
public final class Partitions {

    private Partitions() {
    }

    public static PartitionId seated(PerformanceId performanceId, SectionLayout section) {
        return PartitionId.of(performanceId, section.name());
    }

    public static List<PartitionId> standing(PerformanceId performanceId, SectionLayout section) {
        return IntStream.range(0, StandingSlices.count(section.capacity()))
                .mapToObj(slice -> PartitionId.of(performanceId, PartitionId.sliceKey(section.name(), slice)))
                .toList();
    }
}
