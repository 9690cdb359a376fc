package io.admitone.kernel.finance;

import java.util.Arrays;

/**
 * The accounts of the ledger, by the {@code code} its rows carry. Each has a normal side: the side that increases it
 * (debit for assets and contra-income, credit for income and liabilities), so that its balance is read on that side.
 */
public enum LedgerAccount {
    PAYMENT_CLEARING("payment-clearing", Side.DEBIT),
    TICKET_REVENUE("ticket-revenue", Side.CREDIT),
    TAX_PAYABLE("tax-payable", Side.CREDIT),
    SERVICE_FEE_REVENUE("service-fee-revenue", Side.CREDIT),
    TICKET_REVENUE_REFUNDS("ticket-revenue-refunds", Side.DEBIT),
    SERVICE_FEE_REFUNDS("service-fee-refunds", Side.DEBIT),
    REFUNDS_PAYABLE("refunds-payable", Side.CREDIT);

    /** The two sides of an entry. */
    public enum Side { DEBIT, CREDIT }

    private final String code;
    private final Side normalSide;

    LedgerAccount(String code, Side normalSide) {
        this.code = code;
        this.normalSide = normalSide;
    }

    public String code() {
        return code;
    }

    public Side normalSide() {
        return normalSide;
    }

    public static LedgerAccount ofCode(String code) {
        return Arrays.stream(values()).filter(account -> account.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No ledger account " + code));
    }
}
