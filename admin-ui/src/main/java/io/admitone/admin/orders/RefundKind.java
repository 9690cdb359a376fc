package io.admitone.admin.orders;

/** The refunds the refund dialog offers: everything still paid, an amount of money, or chosen tickets. */
enum RefundKind {
    EVERYTHING_LEFT("Everything left"),
    AMOUNT("An amount"),
    TICKETS("Tickets");

    private final String label;

    RefundKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
