package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Money paid back on an order, for {@code reason}: {@code amount} through {@code provider}, which answered
 * {@code refund} (its reference, and whether the money is paid out already or staff still have to pay it out).
 * {@code voidedTickets} are void from now on and their places ({@code returned}) go back on sale. {@code status}
 * is the order's status after the refund.
 */
public record OrderRefunded(OrderId orderId, TenantId tenantId, PerformanceId performanceId, RefundId refundId,
                            Money amount, String reason, List<UUID> voidedTickets,
                            List<OrderPlace> returned, String provider, RefundOutcome refund, OrderStatus status,
                            Instant refundedAt) implements OrderEvent {

    public OrderRefunded {
        voidedTickets = List.copyOf(voidedTickets);
        returned = List.copyOf(returned);
    }
}
