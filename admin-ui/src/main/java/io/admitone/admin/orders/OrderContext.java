package io.admitone.admin.orders;

import io.admitone.kernel.money.Money;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where an order's tickets admit to, and the names and prices of their ticket types. */
record OrderContext(PerformanceChoice performance, Map<UUID, EventDetail.TicketType> ticketTypes) {

    static final OrderContext UNKNOWN = new OrderContext(null, Map.of());

    Optional<PerformanceChoice> performanceShown() {
        return Optional.ofNullable(performance);
    }

    String ticketTypeName(OrderTicket ticket) {
        EventDetail.TicketType type = ticketTypes.get(ticket.ticketTypeId());
        return type == null ? "" : type.name();
    }

    Optional<Money> price(OrderTicket ticket) {
        return Optional.ofNullable(ticketTypes.get(ticket.ticketTypeId())).map(EventDetail.TicketType::price);
    }
}
