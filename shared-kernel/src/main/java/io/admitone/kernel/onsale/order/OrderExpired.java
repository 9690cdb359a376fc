package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** An order still awaiting payment at its due date ends unpaid, without tickets; its places go back on sale. */
public record OrderExpired(OrderId orderId, TenantId tenantId, PerformanceId performanceId, List<OrderPlace> returned,
                           Instant dueAt, Instant expiredAt) implements OrderEvent {

    public OrderExpired {
        returned = List.copyOf(returned);
    }
}
