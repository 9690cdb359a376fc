package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as staff lists show it: without its tickets, which the order itself and the ticket list carry. */
record OrderSummary(UUID orderId, UUID eventId, UUID performanceId, String status, Money total, Money refunded,
                    OrderView.BuyerView buyer, Instant placedAt, Instant dueAt, Instant updatedAt) {

    static OrderSummary of(UUID orderId, UUID eventId, UUID performanceId, String status, BigDecimal total,
                           BigDecimal refunded, String currency, String buyerName, String buyerEmail,
                           Instant placedAt, Instant dueAt, Instant updatedAt) {
        return new OrderSummary(orderId, eventId, performanceId, status, new Money(total, currency),
                new Money(refunded, currency), new OrderView.BuyerView(buyerName, buyerEmail), placedAt, dueAt,
                updatedAt);
    }
}
