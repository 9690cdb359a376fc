package io.admitone.kernel.onsale.order;

/**
 * What a payment provider answered to a refund: its {@code reference} for the refund, and whether the money is
 * {@code paidOut} already or still has to be paid out by staff (cash, bank transfer).
 */
public record RefundOutcome(String reference, boolean paidOut) {
}
