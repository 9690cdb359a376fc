package io.admitone.query.onsale;

import io.admitone.kernel.onsale.order.OrderStatus;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;

/**
 * Orders of every organisation left unpaid for staff to settle (no next action for the buyer) and past their due
 * date, the longest overdue first. The server has it where its scheduled jobs run.
 */
public class UnpaidOrders {

    /** An overdue order and its organisation. */
    public record Overdue(UUID tenantId, UUID orderId) {
    }

    private final DSLContext db;

    public UnpaidOrders(DSLContext db) {
        this.db = db;
    }

    public List<Overdue> dueBy(Instant now, int limit) {
        return db.select(ORDER.TENANT_ID, ORDER.ORDER_ID).from(ORDER)
                .where(ORDER.STATUS.eq(OrderStatus.AWAITING_PAYMENT.name()), ORDER.NEXT_ACTION.isNull(),
                        ORDER.DUE_AT.le(now))
                .orderBy(ORDER.DUE_AT)
                .limit(limit)
                .fetch(row -> new Overdue(row.value1(), row.value2()));
    }
}
