package io.admitone.kernel.finance;

/**
 * What moved the money of a ledger transaction, by the {@code code} its rows carry: a sale paid through a provider, an
 * offline order staff marked paid, a refund, or the refund that cancelling a paid order made.
 */
public enum LedgerKind {
    SALE("sale"),
    OFFLINE_PAYMENT("offline-payment"),
    REFUND("refund"),
    CANCELLATION("cancellation");

    private final String code;

    LedgerKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
