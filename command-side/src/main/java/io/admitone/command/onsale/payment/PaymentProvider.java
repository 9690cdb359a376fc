package io.admitone.command.onsale.payment;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.RefundOutcome;

/** A way to pay an order, known by its name in an order's {@code payment.provider}. */
public interface PaymentProvider {

    record PaymentRequest(OrderId orderId, Money amount, String method) {
    }

    record RefundRequest(OrderId orderId, RefundId refundId, Money amount, String method) {
    }

    String name();

    /** Rejects, before anything is taken, a method this provider does not know. */
    void checkMethod(String method);

    PaymentOutcome start(PaymentRequest request);

    /** Completes a payment that {@link #start} left pending with a next action for the buyer. */
    PaymentOutcome confirm(PaymentRequest request);

    /** Pays back part or all of a settled payment, or records what staff still have to pay out. */
    RefundOutcome refund(RefundRequest request);
}
