package io.admitone.command.onsale.order;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.order.OrderPlace;

import java.util.List;
import java.util.UUID;

/**
 * What one refund pays back and voids, checked against what is left of the order: the tickets must be the order's
 * and valid, and the amount (by default the tickets' prices) in the order's currency, not negative and at most what
 * is left to refund. A refund must void a ticket or pay something back.
 */
record RefundPlan(Money amount, List<UUID> tickets, List<OrderPlace> places) {

    static RefundPlan of(Money asked, List<UUID> ticketIds, OrderTickets orderTickets, Money remaining) {
        List<UUID> tickets = ticketIds.stream().distinct().toList();
        List<OrderPlace> places = orderTickets.toVoid(tickets);
        if (asked != null && !asked.currency().equals(remaining.currency())) {
            throw new Rejections.RefundCurrencyMismatch(asked, remaining.currency());
        }
        Money amount = asked != null ? asked : orderTickets.price(tickets, remaining.currency());
        if (amount.isNegative()) {
            throw new Rejections.InvalidRefund("A refund cannot take money, as " + amount + " would");
        }
        if (tickets.isEmpty() && amount.amount().signum() == 0) {
            throw new Rejections.InvalidRefund("A refund needs tickets to void or an amount to pay back");
        }
        if (remaining.minus(amount).isNegative()) {
            throw new Rejections.RefundExceedsRemaining(amount, remaining);
        }
        return new RefundPlan(amount, tickets, places);
    }

    /** Everything the order still had: every valid ticket and all the money left. */
    static RefundPlan rest(OrderTickets orderTickets, Money remaining) {
        List<UUID> tickets = orderTickets.valid();
        return new RefundPlan(remaining, tickets, orderTickets.toVoid(tickets));
    }
}
