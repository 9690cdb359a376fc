package io.admitone.projections.onsale;

import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.HOLD;
import static io.admitone.schema.jooq.Tables.HOLD_LINE;

/**
 * Writes each hold with its lines and how it ended: released, expired, or turned into an order. A hold's status
 * only changes from an older position, so a redelivered event never undoes a later one.
 */
@Component
@ProcessingGroup(HoldProjection.NAME)
class HoldProjection {

    static final String NAME = "holds";

    private final DSLContext db;

    HoldProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(HoldPlaced event, TrackingToken token) {
        db.insertInto(HOLD)
                .set(HOLD.HOLD_ID, event.holdId().value())
                .set(HOLD.TENANT_ID, event.tenantId().value())
                .set(HOLD.EVENT_ID, event.eventId().value())
                .set(HOLD.PERFORMANCE_ID, event.performanceId().value())
                .set(HOLD.STATUS, "HELD")
                .set(HOLD.TOTAL_AMOUNT, event.total().amount())
                .set(HOLD.CURRENCY, event.total().currency())
                .set(HOLD.TOKEN_HASH, event.tokenHash())
                .set(HOLD.EXPIRES_AT, event.expiresAt())
                .set(HOLD.PLACED_AT, event.placedAt())
                .set(HOLD.UPDATED_AT, event.placedAt())
                .set(HOLD.POSITION, position(token))
                .onConflictDoNothing()
                .execute();
        // all lines in one statement: a replay writes hundreds of thousands of them
        List<HoldLine> lines = event.lines();
        if (lines.isEmpty()) {
            return;
        }
        var insert = db.insertInto(HOLD_LINE, HOLD_LINE.HOLD_ID, HOLD_LINE.PLACE, HOLD_LINE.TENANT_ID,
                HOLD_LINE.TICKET_TYPE_ID, HOLD_LINE.SEAT, HOLD_LINE.PRICE_AMOUNT, HOLD_LINE.CURRENCY);
        for (int place = 0; place < lines.size(); place++) {
            HoldLine line = lines.get(place);
            insert = insert.values(event.holdId().value(), place, event.tenantId().value(),
                    line.ticketTypeId().value(), line.seat(), line.price().amount(), line.price().currency());
        }
        insert.onConflictDoNothing().execute();
    }

    @EventHandler
    void on(HoldReleased event, TrackingToken token) {
        end(event.holdId().value(), "RELEASED", event.releasedAt(), null, token);
    }

    @EventHandler
    void on(HoldExpired event, TrackingToken token) {
        end(event.holdId().value(), "EXPIRED", event.expiredAt(), null, token);
    }

    @EventHandler
    void on(HoldConverted event, TrackingToken token) {
        end(event.holdId().value(), "CONVERTED", event.convertedAt(), event.orderId().value(), token);
    }

    @ResetHandler
    void reset() {
        db.truncate(HOLD).execute();
        db.truncate(HOLD_LINE).execute();
    }

    private void end(UUID holdId, String status, Instant at, UUID orderId, TrackingToken token) {
        long position = position(token);
        db.update(HOLD)
                .set(HOLD.STATUS, status)
                .set(HOLD.ORDER_ID, orderId)
                .set(HOLD.UPDATED_AT, at)
                .set(HOLD.POSITION, position)
                .where(HOLD.HOLD_ID.eq(holdId).and(HOLD.POSITION.lt(position)))
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
