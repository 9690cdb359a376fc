package io.admitone.admin.reports;

import io.admitone.admin.api.ApiPath;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** The sales report's form: the grouping, the instant the books are read at and the range, in {@code zone}. */
public record SalesQuery(Grouping groupBy, LocalDateTime asOf, LocalDateTime from, LocalDateTime to, String zone) {

    static final SalesQuery DEFAULT = new SalesQuery(Grouping.EVENT, null, null, null, "UTC");

    /** The report's path for {@code organisation}; times are read in the report's zone. */
    ApiPath path(UUID organisation) {
        return path(organisation, instant(asOf));
    }

    /** The report's path for {@code organisation} as the books stood at {@code asOf}, whatever the form said. */
    ApiPath path(UUID organisation, Instant asOf) {
        return ApiPath.of("/api/v1/orgs/{orgId}/reports/sales", organisation)
                .with("groupBy", groupBy.apiName())
                .with("asOf", asOf)
                .with("from", instant(from))
                .with("to", instant(to))
                .with("zone", zone);
    }

    private Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.of(zone)).toInstant();
    }
}
