package io.admitone.kernel.onsale.order;

import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff record that an order awaiting payment was paid (offline: cash, bank transfer). */
public record MarkOrderPaidCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId) {
}
