package io.admitone.query.onsale;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * An order with its tickets, each with its signed QR payload: for the buyer with the order's token (header
 * {@code X-Order-Token}), or for staff allowed to read orders.
 */
@RestController
class OrdersQueryController {

    static final String ORDER_TOKEN = "X-Order-Token";

    private final OrderReader orders;

    OrdersQueryController(OrderReader orders) {
        this.orders = orders;
    }

    @GetMapping("/api/v1/orgs/{orgId}/orders/{orderId}")
    Mono<OrderView> order(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                          @PathVariable UUID orderId,
                          @RequestHeader(name = ORDER_TOKEN, required = false) String token) {
        return orders.order(caller, new TenantId(orgId), orderId, token);
    }
}
