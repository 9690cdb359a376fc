package io.admitone.query.onsale;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.HOLD;
import static io.admitone.schema.jooq.Tables.HOLD_LINE;

/** A hold with its lines: for the buyer with the hold's token (header {@code X-Hold-Token}), or for staff. */
@RestController
class HoldsQueryController {

    static final String HOLD_TOKEN = "X-Hold-Token";

    private final BuyerOrStaff reads;

    HoldsQueryController(BuyerOrStaff reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/orgs/{orgId}/holds/{holdId}")
    Mono<HoldView> hold(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID holdId,
                        @RequestHeader(name = HOLD_TOKEN, required = false) String token) {
        TenantId tenant = new TenantId(orgId);
        return reads.read(caller, tenant, token, "hold " + holdId, db -> find(db, tenant, holdId));
    }

    private static BuyerOrStaff.Guarded<HoldView> find(DSLContext db, TenantId tenant, UUID holdId) {
        return db.select(HOLD.HOLD_ID, HOLD.EVENT_ID, HOLD.PERFORMANCE_ID, HOLD.STATUS, HOLD.EXPIRES_AT,
                        HOLD.TOTAL_AMOUNT, HOLD.CURRENCY, HOLD.ORDER_ID, HOLD.PLACED_AT, HOLD.UPDATED_AT,
                        HOLD.TOKEN_HASH)
                .from(HOLD)
                .where(HOLD.TENANT_ID.eq(tenant.value()), HOLD.HOLD_ID.eq(holdId))
                .fetchOptional(Records.mapping((id, event, performance, status, expiresAt, amount, currency, order,
                                                placedAt, updatedAt, hash) ->
                        new BuyerOrStaff.Guarded<>(new HoldView(id, event, performance, status, expiresAt,
                                lines(db, id), new Money(amount, currency), order, placedAt, updatedAt), hash)))
                .orElse(null);
    }

    private static List<HoldView.LineView> lines(DSLContext db, UUID holdId) {
        return db.select(HOLD_LINE.TICKET_TYPE_ID, HOLD_LINE.SEAT, HOLD_LINE.PRICE_AMOUNT, HOLD_LINE.CURRENCY)
                .from(HOLD_LINE)
                .where(HOLD_LINE.HOLD_ID.eq(holdId))
                .orderBy(HOLD_LINE.PLACE)
                .fetch(Records.mapping((type, seat, amount, currency) ->
                        new HoldView.LineView(type, seat, new Money(amount, currency))));
    }
}
