package io.admitone.admin.orders;

import java.util.Set;

/** An order's state as the API names it, with what the screens call it and which actions it still allows. */
public enum OrderStatus {
    AWAITING_PAYMENT("Awaiting payment"),
    CONFIRMED("Confirmed"),
    PAYMENT_FAILED("Payment failed"),
    PARTIALLY_REFUNDED("Partly refunded"),
    REFUNDED("Refunded"),
    CANCELLED("Cancelled"),
    EXPIRED("Expired");

    private static final Set<OrderStatus> PAID = Set.of(CONFIRMED, PARTIALLY_REFUNDED);

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a paid order is refunded (409 {@code order-not-refundable} otherwise). */
    public boolean refundable() {
        return PAID.contains(this);
    }

    /** An unpaid order ends, a paid one is refunded in full first; any other is {@code order-not-cancellable}. */
    public boolean cancellable() {
        return this == AWAITING_PAYMENT || PAID.contains(this);
    }

    public boolean awaitingPayment() {
        return this == AWAITING_PAYMENT;
    }

    /** The CSS class that colours the status wherever it is shown; the label always says it in words too. */
    public String styleName() {
        return "order-status-" + name().toLowerCase().replace('_', '-');
    }
}
