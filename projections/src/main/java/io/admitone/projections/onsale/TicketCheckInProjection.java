package io.admitone.projections.onsale;

import io.admitone.kernel.onsale.order.TicketCheckedIn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * Marks a ticket used once it was let in. It runs in the processor of {@link OrderProjection}, so the ticket it
 * marks was written before; only a valid ticket becomes used, so a redelivered check-in changes nothing.
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
class TicketCheckInProjection {

    private final DSLContext db;

    TicketCheckInProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(TicketCheckedIn event) {
        db.update(TICKET)
                .set(TICKET.STATUS, "USED")
                .set(TICKET.USED_AT, event.checkedInAt())
                .where(TICKET.TICKET_ID.eq(event.ticketId()).and(TICKET.STATUS.eq("VALID")))
                .execute();
    }
}
