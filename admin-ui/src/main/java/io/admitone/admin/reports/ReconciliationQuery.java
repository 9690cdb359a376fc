package io.admitone.admin.reports;

import io.admitone.admin.api.ApiPath;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The reconciliation's form: the period to sum by ({@code day} or {@code month}) and when the money moved, in UTC. */
public record ReconciliationQuery(String period, LocalDateTime from, LocalDateTime to) {

    static final ReconciliationQuery DEFAULT = new ReconciliationQuery("day", null, null);

    ApiPath path(UUID organisation) {
        return ApiPath.of("/api/v1/orgs/{orgId}/reconciliation", organisation)
                .with("period", period)
                .with("from", from == null ? null : from.toInstant(ZoneOffset.UTC))
                .with("to", to == null ? null : to.toInstant(ZoneOffset.UTC));
    }
}
