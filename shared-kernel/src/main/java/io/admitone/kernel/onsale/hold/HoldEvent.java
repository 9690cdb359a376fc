package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

/** The events of a hold. */
public sealed interface HoldEvent permits HoldPlaced, HoldReleased, HoldExpired, HoldConverted {

    HoldId holdId();

    TenantId tenantId();

    PerformanceId performanceId();
}
