package io.admitone.admin.audit;

import io.admitone.admin.api.ApiPath;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The audit trail's filters as the form holds them; times are read in UTC, as the trail shows them. */
public record AuditFilter(String type, String aggregateType, String aggregateId, LocalDateTime from,
                          LocalDateTime to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** {@code events} with these filters, named as the API names them. */
    ApiPath applyTo(ApiPath events) {
        return events.with("type", trimmed(type))
                .with("aggregateType", aggregateType)
                .with("aggregateId", trimmed(aggregateId))
                .with("from", from == null ? null : from.toInstant(ZoneOffset.UTC))
                .with("to", to == null ? null : to.toInstant(ZoneOffset.UTC));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
