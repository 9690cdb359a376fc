package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Records a hold whose places the partitions already hold: its lines and total, what each partition took, the
 * SHA-256 digest of its token and when it expires.
 */
public record RecordHoldCommand(HoldId holdId, TenantId tenantId, EventId eventId, PerformanceId performanceId,
                                List<HoldLine> lines, Money total, List<HeldPlaces> places, String tokenHash,
                                Instant expiresAt) {

    public RecordHoldCommand {
        lines = List.copyOf(lines);
        places = List.copyOf(places);
    }
}
