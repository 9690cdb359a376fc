package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record PerformanceRescheduled(EventId eventId, TenantId tenantId, PerformanceId performanceId,
                                     PerformanceTimes times, Instant rescheduledAt) implements EventEvent {
}
