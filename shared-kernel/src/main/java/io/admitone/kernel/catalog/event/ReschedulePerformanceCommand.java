package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** New times for a scheduled or postponed performance, which is then scheduled again. */
public record ReschedulePerformanceCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId,
                                           PerformanceId performanceId, PerformanceTimes times) {
}
