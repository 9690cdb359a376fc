package io.admitone.admin.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET .../ledger/balances}: every account's totals per currency, and whether they balance. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrialBalance(Instant asOf, boolean balanced, List<Account> accounts) {

    public TrialBalance {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** One account in one currency; {@code balance} is read on its normal side. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String account, String currency, String normalSide, String debits, String credits,
                          String balance) {
    }
}
