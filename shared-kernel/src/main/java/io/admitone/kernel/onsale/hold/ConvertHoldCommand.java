package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a live hold by turning it into an order; the buyer proves it is theirs with its token's digest. */
public record ConvertHoldCommand(@TargetAggregateIdentifier HoldId holdId, TenantId tenantId, String tokenHash,
                                 OrderId orderId) {
}
