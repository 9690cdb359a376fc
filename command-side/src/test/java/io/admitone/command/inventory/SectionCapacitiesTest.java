package io.admitone.command.inventory;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.inventory.ChangeSectionCapacityCommand;
import io.admitone.kernel.inventory.OpenInventoryCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.messaging.ResultMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static io.admitone.command.inventory.InventoryOpenerTest.NOW;
import static io.admitone.command.inventory.InventoryOpenerTest.PERFORMANCE;
import static io.admitone.command.inventory.InventoryOpenerTest.TENANT;
import static io.admitone.command.inventory.InventoryOpenerTest.standing;
import static org.assertj.core.api.Assertions.assertThat;

class SectionCapacitiesTest {

    private final InventoryStore store = new InventoryStore();
    private final SectionCapacities capacities = new SectionCapacities(store.standing, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void aFloorOfThreeSlices() {
        store.handle(new OpenInventoryCommand(PERFORMANCE, TENANT, null, null), () -> {
            for (int slice = 0; slice < 3; slice++) {
                StandingPartitionOpened opened = standing("Floor", slice, 3, slice == 0 ? 401 : 400);
                store.standing.newInstance(() -> new StandingPartition(opened));
            }
            return null;
        });
    }

    @Test
    void aNewCapacityIsSpreadOverTheSlices() {
        assertThat(change("Floor", 1000).isExceptional()).isFalse();

        assertThat(store.storedEvents()).endsWith(changed(0, 334), changed(1, 333), changed(2, 333));
    }

    @Test
    void slicesThatKeepTheirShareRecordNothing() {
        change("Floor", 1201);

        assertThat(store.storedEvents()).hasSize(3);
    }

    @Test
    void aSectionThePerformanceDoesNotHaveIsNotFound() {
        assertThat(rejection(change("Balcony", 100)).code()).isEqualTo("section-not-found");
    }

    @Test
    void anotherOrganisationCannotChangeTheSection() {
        ChangeSectionCapacityCommand command = new ChangeSectionCapacityCommand(PERFORMANCE, TenantId.random(), "Floor", 100);
        ResultMessage<Object> result = store.handle(command, () -> {
            capacities.handle(command);
            return null;
        });
        assertThat(rejection(result).code()).isEqualTo("section-not-found");
    }

    @Test
    void aCapacityOutsideOneToAMillionIsRejected() {
        assertThat(rejection(change("Floor", 0)).code()).isEqualTo("invalid-capacity");
        assertThat(rejection(change("Floor", 1_000_001)).code()).isEqualTo("invalid-capacity");
        assertThat(store.storedEvents()).hasSize(3);
    }

    private ResultMessage<Object> change(String section, int capacity) {
        ChangeSectionCapacityCommand command = new ChangeSectionCapacityCommand(PERFORMANCE, TENANT, section, capacity);
        return store.handle(command, () -> {
            capacities.handle(command);
            return null;
        });
    }

    private static DomainRejection rejection(ResultMessage<?> result) {
        assertThat(result.isExceptional()).isTrue();
        return (DomainRejection) result.exceptionResult();
    }

    private static StandingCapacityChanged changed(int slice, int capacity) {
        return new StandingCapacityChanged(PartitionId.of(PERFORMANCE, PartitionId.sliceKey("Floor", slice)), TENANT,
                PERFORMANCE, "Floor", slice, capacity, NOW);
    }
}
