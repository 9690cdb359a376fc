package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.SealedBuyer;

import java.time.Instant;
import java.util.List;

/**
 * An order made from a hold, awaiting payment until it is confirmed or its payment fails; {@code nextAction} names
 * what the buyer has to do (null when nothing). An order awaiting payment expires at {@code dueAt} (null when its
 * payment did not stay pending). Only the digest of the order's token is kept, and the buyer only sealed.
 */
public record OrderPlaced(OrderId orderId, TenantId tenantId, EventId eventId, PerformanceId performanceId,
                          HoldId holdId, SealedBuyer buyer, Payment payment, List<HoldLine> lines, Money total,
                          String tokenHash, String nextAction, Instant placedAt, Instant dueAt)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
