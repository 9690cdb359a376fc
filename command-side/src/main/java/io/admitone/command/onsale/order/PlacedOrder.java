package io.admitone.command.onsale.order;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderStatus;

/** An order just placed, with its token, shown this once. */
record PlacedOrder(OrderId orderId, String orderToken, OrderStatus status, String nextAction, Money total) {
}
