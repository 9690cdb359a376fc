package io.admitone.command.inventory;

import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The seats of one seated section for one performance; the on-sale holds and sells them here. */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class SeatedPartition {

    @AggregateIdentifier
    private PartitionId partitionId;
    private TenantId tenantId;

    SeatedPartition() {
    }

    SeatedPartition(SeatedPartitionOpened opened) {
        apply(opened);
    }

    @EventSourcingHandler
    void on(SeatedPartitionOpened event) {
        partitionId = event.partitionId();
        tenantId = event.tenantId();
    }
}
