package io.admitone.kernel.catalog.event;

import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** A new performance of the event, at the event's venue. */
public record PerformanceScheduled(EventId eventId, TenantId tenantId, PerformanceId performanceId, VenueId venueId,
                                   PerformanceTimes times, Instant scheduledAt) implements EventEvent {
}
