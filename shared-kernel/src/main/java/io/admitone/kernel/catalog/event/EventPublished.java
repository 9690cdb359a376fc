package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record EventPublished(EventId eventId, TenantId tenantId, Instant publishedAt) implements EventEvent {
}
