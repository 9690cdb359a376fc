package io.admitone.kernel.onsale.order;

import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer completes the action a pending payment asked for, proving the order is theirs with its token's digest. */
public record ConfirmPaymentCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId, String tokenHash) {
}
