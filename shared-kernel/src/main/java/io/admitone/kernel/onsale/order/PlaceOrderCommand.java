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
 * Records an order made from a converted hold, with what the payment provider answered to the first attempt and
 * the digest of the order's token. A pending payment is due by {@code dueAt} (null when the payment did not stay
 * pending).
 */
public record PlaceOrderCommand(OrderId orderId, TenantId tenantId, EventId eventId, PerformanceId performanceId,
                                HoldId holdId, SealedBuyer buyer, Payment payment, List<HoldLine> lines, Money total,
                                String tokenHash, PaymentOutcome outcome, Instant dueAt) {

    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }
}
