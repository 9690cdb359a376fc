package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** An order paid ({@code byStaff} when staff marked it paid): one ticket issued per place. */
public record OrderConfirmed(OrderId orderId, TenantId tenantId, PerformanceId performanceId, Money total,
                             List<IssuedTicket> tickets, boolean byStaff, Instant confirmedAt)
        implements OrderEvent {

    public OrderConfirmed {
        tickets = List.copyOf(tickets);
    }
}
