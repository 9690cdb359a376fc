package io.admitone.admin.orders;

/** The refunds the refund dialog offers: everything still paid, an amount of money, or chosen tickets. */
public enum RefundKind {
    EVERYTHING_LEFT("Everything left"),
    AMOUNT("An amount"),
    TICKETS("Tickets");

    private final String label;

    RefundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
