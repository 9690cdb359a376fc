package io.admitone.command.onsale.checkin;

import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the ticket of a scanned code in {@code read.ticket}, the one place that keys tickets by code. It is a read
 * model: a ticket issued a moment ago may not be there yet, and its code reads as unknown until it is. The order
 * decides whether the ticket is let in; this only tells which order to ask.
 */
@Component
class TicketCodes {

    private final JdbcTemplate jdbc;

    TicketCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScannedTicket> find(TenantId tenant, String code) {
        return jdbc.query("select order_id, ticket_id from read.ticket where code = ? and tenant_id = ?",
                (row, n) -> new ScannedTicket(new OrderId(row.getObject(1, UUID.class)),
                        row.getObject(2, UUID.class)), code, tenant.value()).stream().findFirst();
    }
}
