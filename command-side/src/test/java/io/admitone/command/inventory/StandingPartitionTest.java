package io.admitone.command.inventory;

import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static io.admitone.command.inventory.InventoryOpenerTest.NOW;
import static io.admitone.command.inventory.InventoryOpenerTest.standing;

class StandingPartitionTest {

    private final AggregateTestFixture<StandingPartition> fixture = new AggregateTestFixture<>(StandingPartition.class);
    private final StandingPartitionOpened opened = standing("Floor", 0, 1, 500);

    @Test
    void aSliceTakesANewCapacity() {
        fixture.given(opened)
                .whenInvoking(opened.partitionId().toString(), slice -> slice.changeCapacity(300, NOW))
                .expectEvents(new StandingCapacityChanged(opened.partitionId(), opened.tenantId(),
                        opened.performanceId(), "Floor", 0, 300, NOW));
    }

    @Test
    void theSameCapacityChangesNothing() {
        fixture.given(opened)
                .whenInvoking(opened.partitionId().toString(), slice -> slice.changeCapacity(500, NOW))
                .expectNoEvents();
    }
}
