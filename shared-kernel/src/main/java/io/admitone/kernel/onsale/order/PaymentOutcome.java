package io.admitone.kernel.onsale.order;

/**
 * What a payment provider answered: settled, failed (with a reason), or pending; a pending payment may name the
 * {@code nextAction} the buyer has to take (such as {@code confirm-payment}), or none when staff settle it.
 */
public record PaymentOutcome(Kind kind, String nextAction, String reason) {

    public enum Kind { SETTLED, FAILED, PENDING }

    public static PaymentOutcome settled() {
        return new PaymentOutcome(Kind.SETTLED, null, null);
    }

    public static PaymentOutcome failed(String reason) {
        return new PaymentOutcome(Kind.FAILED, null, reason);
    }

    public static PaymentOutcome pending(String nextAction) {
        return new PaymentOutcome(Kind.PENDING, nextAction, null);
    }
}
