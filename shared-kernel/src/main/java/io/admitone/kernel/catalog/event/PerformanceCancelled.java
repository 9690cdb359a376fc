package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record PerformanceCancelled(EventId eventId, TenantId tenantId, PerformanceId performanceId, String reason,
                                   Instant cancelledAt) implements EventEvent {
}
