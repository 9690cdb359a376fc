package io.admitone.command.onsale.order;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderStatus;

/** The rejections of orders. */
final class Rejections {

    private Rejections() {
    }

    /** Unknown, another organisation's, or the token does not match: none of these may be told apart. */
    static final class OrderNotFound extends DomainRejection {
        OrderNotFound(OrderId orderId) {
            super("order-not-found", Kind.NOT_FOUND, "No order " + orderId);
        }
    }

    static final class NothingToConfirm extends DomainRejection {
        NothingToConfirm(OrderId orderId) {
            super("nothing-to-confirm", Kind.CONFLICT, "Order " + orderId + " awaits no action of the buyer");
        }
    }

    static final class PaymentNotSettled extends DomainRejection {
        PaymentNotSettled(OrderId orderId) {
            super("payment-not-settled", Kind.CONFLICT, "The payment of order " + orderId + " is not settled yet");
        }
    }

    static final class NotAwaitingPayment extends DomainRejection {
        NotAwaitingPayment(OrderId orderId, OrderStatus status) {
            super("not-awaiting-payment", Kind.CONFLICT, "Order " + orderId + " is " + status);
        }
    }
}
