package io.admitone.kernel.onsale.order;

import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends an order left unpaid for staff to settle (cash, bank transfer) once its due date has passed; sent by the
 * {@code unpaid-order-expiry} job. An order paid, cancelled or not yet due stays as it is.
 */
public record ExpireUnpaidOrderCommand(@TargetAggregateIdentifier OrderId orderId, TenantId tenantId) {
}
