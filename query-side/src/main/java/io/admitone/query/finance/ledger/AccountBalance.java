package io.admitone.query.finance.ledger;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.admitone.kernel.finance.LedgerAccount;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An account's totals in one currency: all its debits, all its credits, and its balance read on its normal side
 * (debits less credits for an asset or contra-income account, credits less debits for income and liabilities).
 */
public record AccountBalance(String account, String currency, String normalSide,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal debits,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credits,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {

    static AccountBalance of(String account, String currency, BigDecimal debits, BigDecimal credits) {
        LedgerAccount known = LedgerAccount.ofCode(account);
        BigDecimal debitBalance = debits.subtract(credits);
        BigDecimal balance = known.normalSide() == LedgerAccount.Side.DEBIT ? debitBalance : debitBalance.negate();
        return new AccountBalance(account, currency, known.normalSide().name().toLowerCase(Locale.ROOT),
                new Money(debits, currency).amount(), new Money(credits, currency).amount(),
                new Money(balance, currency).amount());
    }
}
