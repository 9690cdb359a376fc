package io.admitone.command.onsale.order;

import io.admitone.kernel.onsale.order.PaymentOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * When a payment left pending is due: staff have {@code admitone.onsale.offline-payment-due} to mark an offline
 * order paid (past it, the {@code unpaid-order-expiry} job expires the order), a buyer
 * {@code admitone.onsale.payment-action-timeout} to take the next action the provider asked for (past it, the
 * order's deadline expires it). Either way its places go back on sale.
 */
@Component
class PaymentDueDates {

    private final Duration offline;
    private final Duration action;

    PaymentDueDates(@Value("${admitone.onsale.offline-payment-due:P3D}") Duration offline,
                    @Value("${admitone.onsale.payment-action-timeout:PT15M}") Duration action) {
        requirePositive("admitone.onsale.offline-payment-due", offline);
        requirePositive("admitone.onsale.payment-action-timeout", action);
        this.offline = offline;
        this.action = action;
    }

    /** Null when the payment did not stay pending. */
    Instant dueAt(PaymentOutcome outcome, Instant now) {
        if (outcome.kind() != PaymentOutcome.Kind.PENDING) {
            return null;
        }
        return now.plus(outcome.nextAction() == null ? offline : action);
    }

    private static void requirePositive(String property, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, not " + duration);
        }
    }
}
