package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its buyer and staff see it: what refunds paid back so far, and, while it awaits payment, when it is
 * due. A refunded or cancelled ticket has status {@code VOID}.
 */
public record OrderView(UUID orderId, String status, String nextAction, Money total, Money refunded, Instant dueAt,
                 BuyerView buyer, List<TicketView> tickets) {

    public record BuyerView(String name, String email) {
    }

    /** {@code qr} is the ticket's signed payload for scanners; {@code usedAt} is set once it was let in. */
    public record TicketView(UUID ticketId, String code, UUID ticketTypeId, String seat, String status, Instant usedAt,
                      String qr) {
    }
}
