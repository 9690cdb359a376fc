package io.admitone.command.onsale.payment;

import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.RefundOutcome;
import org.springframework.stereotype.Component;

/**
 * Payment outside the system (cash, bank transfer): the order awaits payment, with no action for the buyer, until
 * staff mark it paid. Any method name is accepted and kept as a note of how the buyer means to pay. A refund is only
 * recorded: staff pay the money out themselves, as they took it.
 */
@Component
class OfflinePaymentProvider implements PaymentProvider {

    static final String NAME = "offline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkMethod(String method) {
        // every method is a free-text note
    }

    @Override
    public PaymentOutcome start(PaymentRequest request) {
        return PaymentOutcome.pending(null);
    }

    @Override
    public PaymentOutcome confirm(PaymentRequest request) {
        return PaymentOutcome.pending(null);
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        return new RefundOutcome(null, false);
    }
}
