package io.admitone.admin.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The answer of {@code GET .../reconciliation}: the orders' payments and refunds against the ledger, per period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reconciliation(String period, boolean reconciled, List<Row> rows) {

    public Reconciliation {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One period, provider and currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String period, String provider, String currency, String captured, String refunded,
                      String expectedNet, String ledgerNet, String difference, boolean reconciled) {
    }
}
