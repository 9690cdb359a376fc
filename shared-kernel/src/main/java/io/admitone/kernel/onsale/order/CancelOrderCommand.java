package io.admitone.kernel.onsale.order;

import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff cancel an order for {@code reason}: an unpaid one ends, a paid one is refunded in full first. */
public record CancelOrderCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId, String reason) {
}
