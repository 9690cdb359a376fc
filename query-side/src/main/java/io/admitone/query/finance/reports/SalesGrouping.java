package io.admitone.query.finance.reports;

import java.util.Locale;

/** What a report's lines are per; each line is further split by currency. */
public enum SalesGrouping {
    ORGANISATION, EVENT, PERFORMANCE, TICKET_TYPE, DAY;

    /** The name the query string and the report use, e.g. {@code ticket-type}. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
