package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.finance.LedgerAccount;
import io.admitone.kernel.finance.PriceParts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import static io.admitone.kernel.finance.LedgerAccount.PAYMENT_CLEARING;
import static io.admitone.kernel.finance.LedgerAccount.REFUNDS_PAYABLE;
import static io.admitone.kernel.finance.LedgerAccount.SERVICE_FEE_REFUNDS;
import static io.admitone.kernel.finance.LedgerAccount.SERVICE_FEE_REVENUE;
import static io.admitone.kernel.finance.LedgerAccount.TAX_PAYABLE;
import static io.admitone.kernel.finance.LedgerAccount.TICKET_REVENUE;
import static io.admitone.kernel.finance.LedgerAccount.TICKET_REVENUE_REFUNDS;

/**
 * The rows of a sale and of a refund, per ticket type: the gross on one side, its parts (net, tax, fee) on the
 * other, so that each ticket type's rows balance. Rows of no amount are left out.
 */
final class Postings {

    private Postings() {
    }

    /** Money in: the provider holds the gross; revenue, tax owed and fee revenue grow by the parts. */
    static List<Posting> sale(SequencedMap<TicketTypeId, PriceParts> parts) {
        List<Posting> rows = new ArrayList<>();
        for (Map.Entry<TicketTypeId, PriceParts> entry : parts.entrySet()) {
            TicketTypeId ticketType = entry.getKey();
            PriceParts part = entry.getValue();
            add(rows, Posting.debit(ticketType, PAYMENT_CLEARING, part.gross().amount()));
            add(rows, Posting.credit(ticketType, TICKET_REVENUE, part.net().amount()));
            add(rows, Posting.credit(ticketType, TAX_PAYABLE, part.tax().amount()));
            add(rows, Posting.credit(ticketType, SERVICE_FEE_REVENUE, part.fee().amount()));
        }
        return rows;
    }

    /**
     * Money back: the parts are taken back (revenue and fee through their refund accounts, tax no longer owed) and
     * the gross leaves the provider, or is owed to the buyer until staff pay it out.
     */
    static List<Posting> refund(SequencedMap<TicketTypeId, PriceParts> shares, boolean paidOut) {
        LedgerAccount paidFrom = paidOut ? PAYMENT_CLEARING : REFUNDS_PAYABLE;
        List<Posting> rows = new ArrayList<>();
        for (Map.Entry<TicketTypeId, PriceParts> entry : shares.entrySet()) {
            TicketTypeId ticketType = entry.getKey();
            PriceParts share = entry.getValue();
            add(rows, Posting.debit(ticketType, TICKET_REVENUE_REFUNDS, share.net().amount()));
            add(rows, Posting.debit(ticketType, TAX_PAYABLE, share.tax().amount()));
            add(rows, Posting.debit(ticketType, SERVICE_FEE_REFUNDS, share.fee().amount()));
            add(rows, Posting.credit(ticketType, paidFrom, share.gross().amount()));
        }
        return rows;
    }

    private static void add(List<Posting> rows, Posting posting) {
        if (posting.debit().signum() != 0 || posting.credit().signum() != 0) {
            rows.add(posting);
        }
    }
}
