package io.admitone.query.finance.reports;

import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.InvalidParameter;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A sales report's query string: {@code groupBy} (organisation by default), {@code asOf} (now by default),
 * {@code from} and {@code to} (ISO-8601 instants), {@code zone} (the time zone whose dates a day report counts by;
 * UTC by default) and {@code source} (ledger by default, or events). A value of the wrong form is a 400 naming its
 * parameter.
 */
public record SalesReportParameters(String groupBy, String asOf, String from, String to, String zone,
                                    String source) {

    private static final ZoneId UTC = ZoneId.of("UTC");

    SalesReportQuery query(Instant now) {
        Instant start = FilterValues.instant("from", present(from));
        Instant end = FilterValues.instant("to", present(to));
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidParameter("to", "to must be later than from");
        }
        Instant instant = FilterValues.instant("asOf", present(asOf));
        SalesGrouping grouping = FilterValues.oneOf("groupBy", present(groupBy), SalesGrouping.class);
        SalesSource origin = FilterValues.oneOf("source", present(source), SalesSource.class);
        return new SalesReportQuery(grouping == null ? SalesGrouping.ORGANISATION : grouping,
                origin == null ? SalesSource.LEDGER : origin, instant == null ? now : instant, start, end, zoneId());
    }

    /** A named zone of the time zone database, which the JDK and PostgreSQL share; offsets alone are refused. */
    private ZoneId zoneId() {
        String id = present(zone);
        if (id == null) {
            return UTC;
        }
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidParameter("zone", "zone must be a time zone such as Europe/Berlin or UTC");
        }
        return ZoneId.of(id);
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
