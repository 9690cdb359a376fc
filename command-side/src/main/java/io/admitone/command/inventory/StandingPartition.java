package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One slice of a standing section for one performance: its capacity and the places taken from it. */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class StandingPartition {

    @AggregateIdentifier
    private PartitionId partitionId;
    private TenantId tenantId;
    private PerformanceId performanceId;
    private String section;
    private int slice;
    private int slices;
    private int capacity;
    private int taken;

    StandingPartition() {
    }

    StandingPartition(StandingPartitionOpened opened) {
        apply(opened);
    }

    TenantId tenantId() {
        return tenantId;
    }

    int slices() {
        return slices;
    }

    /** Places held or sold, which no capacity change may take away. */
    int taken() {
        return taken;
    }

    void changeCapacity(int newCapacity, Instant now) {
        if (newCapacity < taken) {
            throw new CapacityBelowTaken(section, newCapacity, taken);
        }
        if (newCapacity != capacity) {
            apply(new StandingCapacityChanged(partitionId, tenantId, performanceId, section, slice, newCapacity, now));
        }
    }

    @EventSourcingHandler
    void on(StandingPartitionOpened event) {
        partitionId = event.partitionId();
        tenantId = event.tenantId();
        performanceId = event.performanceId();
        section = event.section();
        slice = event.slice();
        slices = event.slices();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(StandingCapacityChanged event) {
        capacity = event.capacity();
    }
}
