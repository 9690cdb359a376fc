package io.admitone.command.onsale.order;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderStatus;

import java.util.UUID;

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

    /** Its due date passed (or the deadline that ends it is about to run): it can no longer be paid. */
    static final class OrderPastDue extends DomainRejection {
        OrderPastDue(OrderId orderId) {
            super("order-expired", Kind.CONFLICT, "Order " + orderId + " was not paid by its due date");
        }
    }

    static final class NotCancellable extends DomainRejection {
        NotCancellable(OrderId orderId, OrderStatus status) {
            super("order-not-cancellable", Kind.CONFLICT, "Order " + orderId + " is " + status);
        }
    }

    /** Only a paid order with something left to refund can be refunded. */
    static final class NotRefundable extends DomainRejection {
        NotRefundable(OrderId orderId, OrderStatus status) {
            super("order-not-refundable", Kind.CONFLICT, "Order " + orderId + " is " + status);
        }
    }

    static final class TicketNotInOrder extends DomainRejection {
        TicketNotInOrder(UUID ticketId) {
            super("ticket-not-in-order", Kind.UNPROCESSABLE, "The order has no ticket " + ticketId);
        }
    }

    static final class TicketAlreadyVoid extends DomainRejection {
        TicketAlreadyVoid(UUID ticketId) {
            super("ticket-already-void", Kind.CONFLICT, "Ticket " + ticketId + " is void already");
        }
    }

    static final class RefundExceedsRemaining extends DomainRejection {
        RefundExceedsRemaining(Money amount, Money remaining) {
            super("refund-exceeds-remaining", Kind.UNPROCESSABLE, "A refund of " + amount + " is more than the "
                    + remaining + " left to refund");
        }
    }

    static final class RefundCurrencyMismatch extends DomainRejection {
        RefundCurrencyMismatch(Money amount, String currency) {
            super("refund-currency-mismatch", Kind.UNPROCESSABLE, "A refund of " + amount + " of an order in "
                    + currency);
        }
    }

    static final class InvalidRefund extends DomainRejection {
        InvalidRefund(String message) {
            super("invalid-refund", Kind.UNPROCESSABLE, message);
        }
    }
}
