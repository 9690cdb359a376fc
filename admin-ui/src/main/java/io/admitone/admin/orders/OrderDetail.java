package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One order as staff read it: its money, its buyer (unless erased) and its tickets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderDetail(UUID orderId, OrderStatus status, String nextAction, Money total, Money refunded,
                          Instant dueAt, Buyer buyer, boolean buyerErased, List<OrderTicket> tickets) {

    public OrderDetail {
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
    }

    /** What a refund may still pay back: the total less what was refunded before. */
    public Money remaining() {
        return refunded == null ? total : total.minus(refunded);
    }

    public List<OrderTicket> validTickets() {
        return tickets.stream().filter(OrderTicket::valid).toList();
    }

    public String buyerShown() {
        return Buyer.shown(buyer, buyerErased);
    }
}
