package io.admitone.query.onsale;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.HOLD;
import static io.admitone.schema.jooq.Tables.HOLD_LINE;

/**
 * A hold with its lines: for the buyer with the hold's token (header {@code X-Hold-Token}), or for staff; and the
 * organisation's holds for staff allowed to read orders.
 */
@RestController
class HoldsQueryController {

    static final String HOLD_TOKEN = "X-Hold-Token";

    private static final Sorting<HoldSummary> SORTS = Sorting.of(HOLD.HOLD_ID, HoldSummary::holdId,
            new SortKey<>("placedAt", HOLD.PLACED_AT, h -> h.placedAt().toString()),
            new SortKey<>("expiresAt", HOLD.EXPIRES_AT, h -> h.expiresAt().toString()));

    private final BuyerOrStaff reads;
    private final TenantScopedQueries queries;

    HoldsQueryController(BuyerOrStaff reads, TenantScopedQueries queries) {
        this.reads = reads;
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/holds")
    Mono<CursorPage<HoldSummary>> holds(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        ListParameters page, @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String performanceId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_READ);
        HoldStatus inStatus = FilterValues.oneOf("status", status, HoldStatus.class);
        Condition filter = DSL.and(FilterValues.equal(HOLD.STATUS, inStatus == null ? null : inStatus.name()),
                FilterValues.equal(HOLD.PERFORMANCE_ID, FilterValues.id("performanceId", performanceId)));
        ListQuery<HoldSummary> list = page.against(SORTS);
        return queries.read(tenant, db -> db
                        .select(HOLD.HOLD_ID, HOLD.EVENT_ID, HOLD.PERFORMANCE_ID, HOLD.STATUS, HOLD.EXPIRES_AT,
                                HOLD.TOTAL_AMOUNT, HOLD.CURRENCY, HOLD.ORDER_ID, HOLD.PLACED_AT, HOLD.UPDATED_AT)
                        .from(HOLD)
                        .where(HOLD.TENANT_ID.eq(orgId), filter, list.after())
                        .orderBy(list.orderBy())
                        .limit(list.fetchSize())
                        .fetch(Records.mapping(HoldSummary::of)))
                .map(list::page);
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

    /** The statuses a hold's row holds. */
    enum HoldStatus { HELD, RELEASED, EXPIRED, CONVERTED }
}
