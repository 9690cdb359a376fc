package io.admitone.command.onsale.order;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.order.OrderStatus;

import java.util.List;
import java.util.UUID;

/** A refund made: the money paid back, the tickets voided, and the order's status after it. */
record RefundResult(RefundId refundId, Money amount, List<UUID> ticketIds, OrderStatus status) {
}
