package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.finance.LedgerAccount;

import java.math.BigDecimal;

/** One row of a transaction: an account debited or credited for one ticket type. */
record Posting(TicketTypeId ticketTypeId, LedgerAccount account, BigDecimal debit, BigDecimal credit) {

    static Posting debit(TicketTypeId ticketTypeId, LedgerAccount account, BigDecimal amount) {
        return new Posting(ticketTypeId, account, amount, BigDecimal.ZERO);
    }

    static Posting credit(TicketTypeId ticketTypeId, LedgerAccount account, BigDecimal amount) {
        return new Posting(ticketTypeId, account, BigDecimal.ZERO, amount);
    }
}
