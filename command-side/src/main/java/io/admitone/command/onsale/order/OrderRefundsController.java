package io.admitone.command.onsale.order;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.order.CancelOrderCommand;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.RefundOrderCommand;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/** Staff cancel orders and refund paid ones, in part or in full, always with a reason. */
@RestController
class OrderRefundsController {

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record RefundRequest(Money amount, @Size(max = 1000) List<@NotNull UUID> ticketIds,
                         @NotBlank @Size(max = 500) String reason) {
    }

    record StatusView(OrderId orderId, OrderStatus status) {
    }

    private final CommandSender commands;

    OrderRefundsController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/orders/{orderId}/cancel")
    Mono<StatusView> cancel(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                            @PathVariable UUID orderId, @Valid @RequestBody CancelRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_MANAGE);
        OrderId id = new OrderId(orderId);
        return commands.<OrderStatus>send(new CancelOrderCommand(id, tenant, request.reason()))
                .map(status -> new StatusView(id, status));
    }

    @PostMapping("/api/v1/orgs/{orgId}/orders/{orderId}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<RefundResult> refund(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID orderId, @Valid @RequestBody RefundRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORDERS_MANAGE);
        return commands.send(new RefundOrderCommand(new OrderId(orderId), tenant, RefundId.random(),
                request.amount(), request.ticketIds(), request.reason()));
    }
}
