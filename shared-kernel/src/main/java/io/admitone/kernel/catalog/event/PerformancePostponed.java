package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record PerformancePostponed(EventId eventId, TenantId tenantId, PerformanceId performanceId,
                                   Instant postponedAt) implements EventEvent {
}
