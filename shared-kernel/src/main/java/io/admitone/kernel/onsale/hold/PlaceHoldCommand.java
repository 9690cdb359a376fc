package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.util.List;

/** A buyer asks to hold quantities of ticket types and/or named seats of one performance, all or nothing. */
public record PlaceHoldCommand(HoldId holdId, TenantId tenantId, PerformanceId performanceId, List<HoldItem> items,
                               List<SeatChoice> seats) {

    public PlaceHoldCommand {
        items = items == null ? List.of() : List.copyOf(items);
        seats = seats == null ? List.of() : List.copyOf(seats);
    }
}
