package io.admitone.server.plugins;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells buyers, through the notification channels of the plugins their organisation enabled, that their order is
 * confirmed (with its tickets' codes) or that money was refunded, in the organisation's branding. The buyer comes
 * from the order's own events, opened with the buyer's key: an erased buyer is told nothing. Never replayed, so that
 * nobody is told twice; a channel that fails parks the event as a dead letter, to retry from the projections API.
 */
@ConditionalOnRole(Role.PROJECTIONS)
@Component
@ProcessingGroup(BuyerNotifications.NAME)
@DisallowReplay
class BuyerNotifications {

    static final String NAME = "notifications";

    private final BuyerNotices notices;
    private final EventStore events;
    private final BuyerVault buyers;

    BuyerNotifications(BuyerNotices notices, EventStore events, BuyerVault buyers) {
        this.notices = notices;
        this.events = events;
        this.buyers = buyers;
    }

    @EventHandler
    void on(OrderConfirmed confirmed) {
        notify(confirmed.tenantId(), confirmed.orderId(), "order-confirmed", "Your tickets", Map.of(
                "total", shown(confirmed.total()),
                "tickets", confirmed.tickets().stream()
                        .map(ticket -> ticket.code() + (ticket.seat() == null ? "" : " (seat " + ticket.seat() + ")"))
                        .collect(Collectors.joining("\n"))));
    }

    @EventHandler
    void on(OrderRefunded refunded) {
        notify(refunded.tenantId(), refunded.orderId(), "refund-issued", "Your refund", Map.of(
                "amount", shown(refunded.amount()),
                "reason", refunded.reason() == null ? "" : refunded.reason()));
    }

    private void notify(TenantId tenant, OrderId order, String kind, String subject, Map<String, Object> facts) {
        notices.of(tenant).ifPresent(teller -> buyerOf(tenant, order).ifPresent(buyer -> {
            Map<String, Object> data = new HashMap<>(facts);
            data.put("orderId", order.toString());
            teller.tell(buyer.name(), buyer.email(), kind, subject, data);
        }));
    }

    private Optional<Buyer> buyerOf(TenantId tenant, OrderId order) {
        return events.readEvents(order.toString()).asStream().map(Message::getPayload)
                .filter(OrderPlaced.class::isInstance).map(OrderPlaced.class::cast).findFirst()
                .flatMap(placed -> buyers.open(tenant, placed.buyer()));
    }

    private static String shown(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
