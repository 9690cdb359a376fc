package io.admitone.kernel.onsale.order;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Staff refund part or all of a paid order, for {@code reason}: the tickets {@code ticketIds} are voided, and
 * {@code amount} is paid back (null: the voided tickets' prices).
 */
public record RefundOrderCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId, RefundId refundId,
                                 Money amount, List<UUID> ticketIds, String reason) {

    public RefundOrderCommand {
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
    }
}
