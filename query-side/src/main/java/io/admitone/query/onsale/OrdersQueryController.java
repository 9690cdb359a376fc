package io.admitone.query.onsale;

import io.admitone.kernel.Digests;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.TICKET;

/**
 * An order with its tickets: for the buyer with the order's token (header {@code X-Order-Token}), or for staff
 * allowed to read orders. Without either, or with a wrong token, there is no such order.
 */
@RestController
class OrdersQueryController {

    static final String ORDER_TOKEN = "X-Order-Token";

    private record Found(OrderView view, String tokenHash) {
    }

    private final TenantScopedQueries queries;

    OrdersQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/orders/{orderId}")
    Mono<OrderView> order(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                          @PathVariable UUID orderId,
                          @RequestHeader(name = ORDER_TOKEN, required = false) String token) {
        TenantId tenant = new TenantId(orgId);
        if (token == null) {
            if (caller == null) {
                return Mono.error(notFound(orderId));
            }
            caller.require(tenant, Operation.ORDERS_READ);
        }
        return queries.read(tenant, db -> find(db, tenant, orderId))
                .filter(found -> token == null || Digests.matches(token, found.tokenHash()))
                .map(Found::view)
                .switchIfEmpty(Mono.error(() -> notFound(orderId)));
    }

    private static Found find(DSLContext db, TenantId tenant, UUID orderId) {
        return db.select(ORDER.ORDER_ID, ORDER.STATUS, ORDER.NEXT_ACTION, ORDER.TOTAL_AMOUNT, ORDER.REFUNDED_AMOUNT,
                        ORDER.CURRENCY, ORDER.DUE_AT, ORDER.BUYER_NAME, ORDER.BUYER_EMAIL, ORDER.TOKEN_HASH)
                .from(ORDER)
                .where(ORDER.TENANT_ID.eq(tenant.value()), ORDER.ORDER_ID.eq(orderId))
                .fetchOptional(Records.mapping((id, status, nextAction, amount, refunded, currency, dueAt, name, email,
                                                hash) ->
                        new Found(new OrderView(id, status, nextAction, new Money(amount, currency),
                                new Money(refunded, currency), dueAt, new OrderView.BuyerView(name, email),
                                tickets(db, id)), hash)))
                .orElse(null);
    }

    private static List<OrderView.TicketView> tickets(DSLContext db, UUID orderId) {
        return db.select(TICKET.TICKET_ID, TICKET.CODE, TICKET.TICKET_TYPE_ID, TICKET.SEAT, TICKET.STATUS)
                .from(TICKET)
                .where(TICKET.ORDER_ID.eq(orderId))
                .orderBy(TICKET.PLACE)
                .fetch(Records.mapping(OrderView.TicketView::new));
    }

    private static ResponseStatusException notFound(UUID orderId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId);
    }
}
