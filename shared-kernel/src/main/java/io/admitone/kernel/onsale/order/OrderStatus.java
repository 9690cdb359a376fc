package io.admitone.kernel.onsale.order;

/**
 * Placed orders await payment, fail, or are confirmed once paid; a confirmed order may be refunded in part or in
 * full. An unpaid order expires at its due date or is cancelled; a paid one is cancelled with a full refund.
 */
public enum OrderStatus {
    CONFIRMED, AWAITING_PAYMENT, PAYMENT_FAILED, PARTIALLY_REFUNDED, REFUNDED, CANCELLED, EXPIRED
}
