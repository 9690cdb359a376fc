package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.finance.Allocation;
import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;

import static io.admitone.kernel.finance.LedgerAccount.PAYMENT_CLEARING;
import static io.admitone.kernel.finance.LedgerAccount.REFUNDS_PAYABLE;
import static io.admitone.kernel.finance.LedgerAccount.SERVICE_FEE_REFUNDS;
import static io.admitone.kernel.finance.LedgerAccount.SERVICE_FEE_REVENUE;
import static io.admitone.kernel.finance.LedgerAccount.TAX_PAYABLE;
import static io.admitone.kernel.finance.LedgerAccount.TICKET_REVENUE;
import static io.admitone.kernel.finance.LedgerAccount.TICKET_REVENUE_REFUNDS;
import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {

    private static final TicketTypeId FLOOR = new TicketTypeId(UUID.randomUUID());
    private static final TicketTypeId FRONT = new TicketTypeId(UUID.randomUUID());

    @Test
    void aSaleDebitsTheGrossToClearingAndCreditsEachPartPerTicketType() {
        List<Posting> rows = Postings.sale(paid());

        assertThat(rows).containsExactly(
                Posting.debit(FLOOR, PAYMENT_CLEARING, amount("99.00")),
                Posting.credit(FLOOR, TICKET_REVENUE, amount("87.28")),
                Posting.credit(FLOOR, TAX_PAYABLE, amount("8.72")),
                Posting.credit(FLOOR, SERVICE_FEE_REVENUE, amount("3.00")),
                Posting.debit(FRONT, PAYMENT_CLEARING, amount("89.00")),
                Posting.credit(FRONT, TICKET_REVENUE, amount("89.00")));
    }

    @Test
    void aRefundTakesBackItsShareOfEachPartAndIsOwedWhileNotPaidOut() {
        SequencedMap<TicketTypeId, PriceParts> shares = Allocation.of(euros("10.00"), paid());

        List<Posting> paidOut = Postings.refund(shares, true);
        List<Posting> owed = Postings.refund(shares, false);

        assertThat(paidOut).contains(Posting.debit(FLOOR, TAX_PAYABLE, amount("0.46")),
                Posting.debit(FLOOR, SERVICE_FEE_REFUNDS, amount("0.16")),
                Posting.debit(FLOOR, TICKET_REVENUE_REFUNDS, amount("4.65")),
                Posting.credit(FLOOR, PAYMENT_CLEARING, amount("5.27")),
                Posting.credit(FRONT, PAYMENT_CLEARING, amount("4.73")));
        assertThat(owed).extracting(Posting::account).doesNotContain(PAYMENT_CLEARING).contains(REFUNDS_PAYABLE);
        assertBalances(paidOut);
        assertBalances(owed);
    }

    @Test
    void rowsOfNoAmountAreLeftOut() {
        SequencedMap<TicketTypeId, PriceParts> free = new LinkedHashMap<>();
        free.put(FLOOR, PriceParts.zero("EUR"));

        assertThat(Postings.sale(free)).isEmpty();
        assertThat(Postings.refund(free, true)).isEmpty();
    }

    /** Two Floor places at 10 % tax and a 1.50 fee, one Front place with neither. */
    private static SequencedMap<TicketTypeId, PriceParts> paid() {
        PriceParts floor = PriceParts.of(euros("49.50"), new BigDecimal("10"), euros("1.50"), null);
        SequencedMap<TicketTypeId, PriceParts> paid = new LinkedHashMap<>();
        paid.put(FLOOR, floor.plus(floor));
        paid.put(FRONT, PriceParts.of(euros("89.00"), null, null, null));
        return paid;
    }

    private static void assertBalances(List<Posting> rows) {
        BigDecimal debits = rows.stream().map(Posting::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = rows.stream().map(Posting::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(credits);
    }

    private static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
