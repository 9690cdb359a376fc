package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record EventCancelled(EventId eventId, TenantId tenantId, String reason, Instant cancelledAt)
        implements EventEvent {
}
