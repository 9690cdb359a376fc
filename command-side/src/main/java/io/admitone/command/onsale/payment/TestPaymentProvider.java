package io.admitone.command.onsale.payment;

import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.RefundOutcome;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Settles at once with an outcome chosen by the method, so that clients and tests can walk every path without a
 * gateway: {@code card-success} settles, {@code card-declined} fails, {@code card-requires-action} stays pending
 * until the buyer confirms, which then settles. Refunds are paid out at once, under a reference made of the refund's
 * id.
 */
@Component
class TestPaymentProvider implements PaymentProvider {

    static final String NAME = "test";
    static final String SUCCESS = "card-success";
    static final String DECLINED = "card-declined";
    static final String REQUIRES_ACTION = "card-requires-action";
    static final String CONFIRM_PAYMENT = "confirm-payment";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkMethod(String method) {
        if (!Set.of(SUCCESS, DECLINED, REQUIRES_ACTION).contains(method)) {
            throw new PaymentProviders.UnknownPaymentMethod(NAME, method);
        }
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        checkMethod(request.method());
        return switch (request.method()) {
            case SUCCESS -> PaymentOutcome.settled();
            case DECLINED -> PaymentOutcome.failed("card declined");
            default -> PaymentOutcome.pending(CONFIRM_PAYMENT);
        };
    }

    @Override
    public PaymentOutcome confirm(PaymentRequest request) {
        return PaymentOutcome.settled();
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        return new RefundOutcome(NAME + "-refund-" + request.refundId(), true);
    }
}
