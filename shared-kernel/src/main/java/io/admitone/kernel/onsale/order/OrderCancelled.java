package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Staff cancelled an order, for {@code reason}. An unpaid order gives its places back here; a paid one was refunded
 * in full just before (an {@link OrderRefunded} that voided its tickets and gave their places back), so
 * {@code returned} is empty then.
 */
public record OrderCancelled(OrderId orderId, TenantId tenantId, PerformanceId performanceId, String reason,
                             List<OrderPlace> returned, Instant cancelledAt) implements OrderEvent {

    public OrderCancelled {
        returned = List.copyOf(returned);
    }
}
