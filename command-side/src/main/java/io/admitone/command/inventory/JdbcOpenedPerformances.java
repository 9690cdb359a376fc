package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Keeps opened performances in {@code command.opened_performance}, in the transaction that opens them. */
@Component
class JdbcOpenedPerformances implements OpenedPerformances {

    private final JdbcTemplate jdbc;

    JdbcOpenedPerformances(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void opened(PerformanceId performanceId, TenantId tenantId, EventId eventId) {
        jdbc.update("insert into command.opened_performance (performance_id, tenant_id, event_id) values (?, ?, ?)"
                + " on conflict do nothing", performanceId.value(), tenantId.value(), eventId.value());
    }

    @Override
    public Optional<EventId> eventOf(TenantId tenantId, PerformanceId performanceId) {
        return jdbc.queryForList("select event_id from command.opened_performance where performance_id = ?"
                        + " and tenant_id = ?", UUID.class, performanceId.value(), tenantId.value())
                .stream().findFirst().map(EventId::new);
    }
}
