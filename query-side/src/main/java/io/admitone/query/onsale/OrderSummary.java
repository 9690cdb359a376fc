package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order as staff lists show it: without its tickets, which the order itself and the ticket list carry, and
 * without a buyer once the buyer's personal data was erased.
 */
record OrderSummary(UUID orderId, UUID eventId, UUID performanceId, String status, Money total, Money refunded,
                    OrderView.BuyerView buyer, boolean buyerErased, Instant placedAt, Instant dueAt,
                    Instant updatedAt) {

    static OrderSummary of(UUID orderId, UUID eventId, UUID performanceId, String status, BigDecimal total,
                           BigDecimal refunded, String currency, String buyerName, String buyerEmail,
                           Instant placedAt, Instant dueAt, Instant updatedAt) {
        return new OrderSummary(orderId, eventId, performanceId, status, new Money(total, currency),
                new Money(refunded, currency), OrderView.BuyerView.of(buyerName, buyerEmail), buyerName == null,
                placedAt, dueAt, updatedAt);
    }
}
