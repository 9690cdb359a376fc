package io.admitone.query.reminders;

import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;

/**
 * Performances of every organisation that start in a window and are not cancelled, and the buyers of a performance's
 * paid orders (an order partly refunded still has tickets; an erased buyer is left out). The server has it
 * where its scheduled jobs run.
 */
public class UpcomingPerformances {

    /** A performance about to start: its organisation, event title and start. */
    public record Upcoming(UUID tenantId, UUID performanceId, String title, Instant startsAt) {
    }

    /** A buyer of a performance, with their order. */
    public record Attendee(UUID orderId, String name, String email) {
    }

    private final DSLContext db;

    public UpcomingPerformances(DSLContext db) {
        this.db = db;
    }

    public List<Upcoming> startingBetween(Instant from, Instant until) {
        return db.select(PERFORMANCE.TENANT_ID, PERFORMANCE.PERFORMANCE_ID, EVENT.TITLE, PERFORMANCE.STARTS_AT)
                .from(PERFORMANCE).join(EVENT).on(EVENT.EVENT_ID.eq(PERFORMANCE.EVENT_ID))
                .where(PERFORMANCE.STARTS_AT.ge(from), PERFORMANCE.STARTS_AT.lt(until),
                        PERFORMANCE.STATUS.ne("CANCELLED"))
                .orderBy(PERFORMANCE.STARTS_AT)
                .fetch(row -> new Upcoming(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    public List<Attendee> attendees(UUID performanceId) {
        return db.select(ORDER.ORDER_ID, ORDER.BUYER_NAME, ORDER.BUYER_EMAIL).from(ORDER)
                .where(ORDER.PERFORMANCE_ID.eq(performanceId), ORDER.BUYER_EMAIL.isNotNull(),
                        ORDER.STATUS.in("CONFIRMED", "PARTIALLY_REFUNDED"))
                .orderBy(ORDER.ORDER_ID)
                .fetch(row -> new Attendee(row.value1(), row.value2(), row.value3()));
    }
}
