package io.admitone.admin.orders;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the refund dialog's fields hold, turned into the API's request for the order it refunds. */
public record RefundForm(RefundKind kind, BigDecimal amount, Set<OrderTicket> tickets, String reason) {

    RefundRequest toRequest(OrderDetail order) {
        String currency = order.total().currency();
        return switch (kind) {
            case EVERYTHING_LEFT -> new RefundRequest(order.remaining(), ids(order.validTickets()), reason);
            case AMOUNT -> new RefundRequest(new Money(amount, currency), List.of(), reason);
            case TICKETS -> new RefundRequest(amount == null ? null : new Money(amount, currency),
                    ids(List.copyOf(tickets)), reason);
        };
    }

    private static List<UUID> ids(List<OrderTicket> tickets) {
        return tickets.stream().map(OrderTicket::ticketId).toList();
    }
}
