package io.admitone.query.onsale;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.TICKET;

/** The organisation's orders and tickets for staff allowed to read orders; filters as in docs/api.md, "Orders". */
@RestController
class SalesListsQueryController {

    private static final Sorting<OrderSummary> ORDER_SORTS = Sorting.of(ORDER.ORDER_ID, OrderSummary::orderId,
            new SortKey<>("placedAt", ORDER.PLACED_AT, o -> o.placedAt().toString()),
            new SortKey<>("updatedAt", ORDER.UPDATED_AT, o -> o.updatedAt().toString()),
            new SortKey<>("total", ORDER.TOTAL_AMOUNT, o -> o.total().amount().toPlainString()));

    private static final Sorting<TicketSummary> TICKET_SORTS = Sorting.of(TICKET.TICKET_ID, TicketSummary::ticketId,
            new SortKey<>("issuedAt", TICKET.ISSUED_AT, t -> t.issuedAt().toString()),
            new SortKey<>("seat", DSL.coalesce(TICKET.SEAT, ""), t -> t.seat() == null ? "" : t.seat()));

    private final TenantScopedQueries queries;

    SalesListsQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/orders")
    Mono<CursorPage<OrderSummary>> orders(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          ListParameters page, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String eventId,
                                          @RequestParam(required = false) String performanceId,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String q) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_READ);
        OrderStatus inStatus = FilterValues.oneOf("status", status, OrderStatus.class);
        Condition filter = DSL.and(FilterValues.equal(ORDER.STATUS, inStatus == null ? null : inStatus.name()),
                FilterValues.equal(ORDER.EVENT_ID, FilterValues.id("eventId", eventId)),
                FilterValues.equal(ORDER.PERFORMANCE_ID, FilterValues.id("performanceId", performanceId)),
                FilterValues.within(ORDER.PLACED_AT, FilterValues.instant("from", from),
                        FilterValues.instant("to", to)),
                q == null ? DSL.noCondition() : FilterValues.contains(ORDER.BUYER_EMAIL, q)
                        .or(FilterValues.contains(ORDER.BUYER_NAME, q)));
        ListQuery<OrderSummary> list = page.against(ORDER_SORTS);
        return queries.read(tenant, db -> db
                        .select(ORDER.ORDER_ID, ORDER.EVENT_ID, ORDER.PERFORMANCE_ID, ORDER.STATUS, ORDER.TOTAL_AMOUNT,
                                ORDER.REFUNDED_AMOUNT, ORDER.CURRENCY, ORDER.BUYER_NAME, ORDER.BUYER_EMAIL,
                                ORDER.PLACED_AT, ORDER.DUE_AT, ORDER.UPDATED_AT)
                        .from(ORDER)
                        .where(ORDER.TENANT_ID.eq(orgId), filter, list.after())
                        .orderBy(list.orderBy())
                        .limit(list.fetchSize())
                        .fetch(Records.mapping(OrderSummary::of)))
                .map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/tickets")
    Mono<CursorPage<TicketSummary>> tickets(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                            ListParameters page, @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String performanceId,
                                            @RequestParam(required = false) String orderId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_READ);
        TicketStatus inStatus = FilterValues.oneOf("status", status, TicketStatus.class);
        Condition filter = DSL.and(FilterValues.equal(TICKET.STATUS, inStatus == null ? null : inStatus.name()),
                FilterValues.equal(TICKET.PERFORMANCE_ID, FilterValues.id("performanceId", performanceId)),
                FilterValues.equal(TICKET.ORDER_ID, FilterValues.id("orderId", orderId)));
        ListQuery<TicketSummary> list = page.against(TICKET_SORTS);
        return queries.read(tenant, db -> db
                        .select(TICKET.TICKET_ID, TICKET.ORDER_ID, TICKET.PERFORMANCE_ID, TICKET.TICKET_TYPE_ID,
                                TICKET.SEAT, TICKET.CODE, TICKET.STATUS, TICKET.ISSUED_AT, TICKET.USED_AT,
                                TICKET.VOIDED_AT)
                        .from(TICKET)
                        .where(TICKET.TENANT_ID.eq(orgId), filter, list.after())
                        .orderBy(list.orderBy())
                        .limit(list.fetchSize())
                        .fetch(Records.mapping(TicketSummary::new)))
                .map(list::page);
    }

    /** The statuses a ticket's row holds. */
    enum TicketStatus { VALID, USED, VOID }
}
