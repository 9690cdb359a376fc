package io.admitone.plugin.api.payment;

/** A refund's reference at the provider, and whether the money went back already or staff still pay it out. */
public record RefundResult(String reference, boolean paidOut) {

    public static RefundResult paidOut(String reference) {
        return new RefundResult(reference, true);
    }

    public static RefundResult toBePaidOutByStaff() {
        return new RefundResult(null, false);
    }
}
