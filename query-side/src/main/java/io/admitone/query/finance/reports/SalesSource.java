package io.admitone.query.finance.reports;

import java.util.Locale;

/** Where a report's figures come from: the ledger, or a recount of the organisation's events. */
public enum SalesSource {
    LEDGER, EVENTS;

    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
