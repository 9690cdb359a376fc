package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.UUID;

/** One order of the organisation's order list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderSummary(UUID orderId, UUID eventId, UUID performanceId, OrderStatus status, Money total,
                           Money refunded, Buyer buyer, boolean buyerErased, Instant placedAt, Instant dueAt,
                           Instant updatedAt) {

    public String buyerShown() {
        return Buyer.shown(buyer, buyerErased);
    }
}
