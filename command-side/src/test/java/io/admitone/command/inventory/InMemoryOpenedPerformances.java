package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opened performances in memory, for tests without a database. */
public final class InMemoryOpenedPerformances implements OpenedPerformances {

    private record Opened(TenantId tenantId, EventId eventId) {
    }

    private final Map<PerformanceId, Opened> opened = new ConcurrentHashMap<>();

    @Override
    public void opened(PerformanceId performanceId, TenantId tenantId, EventId eventId) {
        opened.putIfAbsent(performanceId, new Opened(tenantId, eventId));
    }

    @Override
    public Optional<EventId> eventOf(TenantId tenantId, PerformanceId performanceId) {
        return Optional.ofNullable(opened.get(performanceId)).filter(o -> o.tenantId().equals(tenantId))
                .map(Opened::eventId);
    }
}
