package io.admitone.plugin.api.payment;

/**
 * What a payment came to: {@code SETTLED}, {@code FAILED} with a reason the buyer may read, or {@code PENDING} with
 * the action the buyer has to take next ({@code nextAction}, such as {@code confirm-payment}), or none when staff
 * settle it.
 */
public record PaymentResult(Status status, String nextAction, String reason) {

    public enum Status { SETTLED, FAILED, PENDING }

    public static PaymentResult settled() {
        return new PaymentResult(Status.SETTLED, null, null);
    }

    public static PaymentResult failed(String reason) {
        return new PaymentResult(Status.FAILED, null, reason);
    }

    public static PaymentResult buyerMustAct(String nextAction) {
        return new PaymentResult(Status.PENDING, nextAction, null);
    }

    public static PaymentResult awaitingStaff() {
        return new PaymentResult(Status.PENDING, null, null);
    }
}
