package io.admitone.query.finance.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a report counts: money that moved at or before {@code asOf}, at or after {@code from} and before {@code to}
 * (each bound open when null), in lines per {@code grouping}; a day is a calendar date in {@code zone}.
 */
public record SalesReportQuery(SalesGrouping grouping, SalesSource source, Instant asOf, Instant from, Instant to,
                               ZoneId zone) {

    /** Whether money that moved at {@code effectiveAt} is in the report. */
    public boolean counts(Instant effectiveAt) {
        return !effectiveAt.isAfter(asOf) && (from == null || !effectiveAt.isBefore(from))
                && (to == null || effectiveAt.isBefore(to));
    }

    /** The line a movement of money in {@code currency} belongs to. */
    public SalesGroup groupOf(SalesMovement movement, String currency) {
        return switch (grouping) {
            case ORGANISATION -> new SalesGroup(null, null, null, null, currency);
            case EVENT -> new SalesGroup(null, movement.eventId(), null, null, currency);
            case PERFORMANCE -> new SalesGroup(null, movement.eventId(), movement.performanceId(), null, currency);
            case TICKET_TYPE -> new SalesGroup(null, movement.eventId(), null, movement.ticketTypeId(), currency);
            case DAY -> new SalesGroup(LocalDate.ofInstant(movement.effectiveAt(), zone), null, null, null, currency);
        };
    }
}
