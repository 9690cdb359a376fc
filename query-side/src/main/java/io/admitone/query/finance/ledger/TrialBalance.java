package io.admitone.query.finance.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every account's totals per currency as of an instant (null: everything booked so far), and whether the ledger
 * balances: in each currency, all debits equal all credits.
 */
public record TrialBalance(Instant asOf, boolean balanced, List<AccountBalance> accounts) {

    static TrialBalance of(Instant asOf, List<AccountBalance> accounts) {
        Map<String, BigDecimal> debitsLessCredits = accounts.stream().collect(Collectors.groupingBy(
                AccountBalance::currency,
                Collectors.reducing(BigDecimal.ZERO, account -> account.debits().subtract(account.credits()),
                        BigDecimal::add)));
        boolean balanced = debitsLessCredits.values().stream().allMatch(sum -> sum.signum() == 0);
        return new TrialBalance(asOf, balanced, accounts);
    }
}
