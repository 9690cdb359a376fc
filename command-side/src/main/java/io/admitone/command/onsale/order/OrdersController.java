package io.admitone.command.onsale.order;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.Digests;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.ConfirmPaymentCommand;
import io.admitone.kernel.onsale.order.MarkOrderPaidCommand;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.UUID;

/** Buyers turn a hold into an order and complete a payment's next action; staff mark offline orders paid. */
@RestController
class OrdersController {

    static final String ORDER_TOKEN = "X-Order-Token";

    record BuyerRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email) {
    }

    record PaymentRequest(@NotBlank @Size(max = 50) String provider, @NotBlank @Size(max = 100) String method) {
    }

    record OrderRequest(@NotNull UUID holdId, @NotBlank @Size(max = 100) String holdToken,
                        @Valid @NotNull BuyerRequest buyer, @Valid @NotNull PaymentRequest payment) {
    }

    record PlacedView(OrderId orderId, String orderToken, OrderStatus status, String nextAction, Money total) {
    }

    record StatusView(OrderId orderId, OrderStatus status) {
    }

    private final CommandSender commands;
    private final OrderPlacing placing;

    OrdersController(CommandSender commands, OrderPlacing placing) {
        this.commands = commands;
        this.placing = placing;
    }

    @PostMapping("/api/v1/orgs/{orgId}/orders")
    Mono<ResponseEntity<PlacedView>> place(@PathVariable UUID orgId, @Valid @RequestBody OrderRequest request) {
        OrderPlacing.Request order = new OrderPlacing.Request(OrderId.random(), new TenantId(orgId),
                new HoldId(request.holdId()), request.holdToken(),
                new Buyer(request.buyer().name(), request.buyer().email()),
                new Payment(request.payment().provider(), request.payment().method()));
        return commands.coordinate(metaData -> placing.place(order, metaData))
                .map(placed -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/orders/"
                                + placed.orderId()))
                        .body(new PlacedView(placed.orderId(), placed.orderToken(), placed.status(),
                                placed.nextAction(), placed.total())));
    }

    @PostMapping("/api/v1/orgs/{orgId}/orders/{orderId}/confirm-payment")
    Mono<StatusView> confirmPayment(@PathVariable UUID orgId, @PathVariable UUID orderId,
                                    @RequestHeader(name = ORDER_TOKEN, required = false) String token) {
        OrderId id = new OrderId(orderId);
        if (token == null) {
            return Mono.error(new Rejections.OrderNotFound(id));
        }
        return commands.<OrderStatus>send(new ConfirmPaymentCommand(id, new TenantId(orgId),
                        Digests.sha256Hex(token)))
                .map(status -> new StatusView(id, status));
    }

    @PostMapping("/api/v1/orgs/{orgId}/orders/{orderId}/mark-paid")
    Mono<StatusView> markPaid(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID orderId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_MANAGE);
        OrderId id = new OrderId(orderId);
        return commands.<OrderStatus>send(new MarkOrderPaidCommand(id, tenant))
                .map(status -> new StatusView(id, status));
    }
}
