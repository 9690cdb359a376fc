package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** The provider refused the payment; the order ends without places, which its hold gave back. */
public record OrderPaymentFailed(OrderId orderId, TenantId tenantId, PerformanceId performanceId, String reason,
                                 Instant failedAt) implements OrderEvent {
}
