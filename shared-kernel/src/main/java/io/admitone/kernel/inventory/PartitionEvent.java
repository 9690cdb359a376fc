package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

public sealed interface PartitionEvent permits SeatedPartitionOpened, StandingPartitionOpened, StandingCapacityChanged,
        StandingPlacesHeld, StandingPlacesReleased, StandingPlacesSold, SeatsHeld, SeatsReleased, SeatsSold,
        SeatsReturned, StandingPlacesReturned {

    PartitionId partitionId();

    TenantId tenantId();

    PerformanceId performanceId();
}
