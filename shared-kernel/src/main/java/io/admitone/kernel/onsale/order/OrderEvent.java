package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

/** The events of an order. */
public sealed interface OrderEvent permits OrderPlaced, OrderConfirmed, OrderPaymentFailed, OrderExpired,
        OrderCancelled, OrderRefunded, TicketCheckedIn {

    OrderId orderId();

    TenantId tenantId();

    PerformanceId performanceId();
}
