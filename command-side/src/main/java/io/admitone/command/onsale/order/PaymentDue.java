package io.admitone.command.onsale.order;

import io.admitone.kernel.onsale.OrderId;

/** The deadline at which an order still awaiting payment expires. */
record PaymentDue(OrderId orderId) {

    static final String NAME = "order-payment-due";
}
