package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its buyer and staff see it: what refunds paid back so far, and, while it awaits payment, when it is
 * due. A refunded or cancelled ticket has status {@code VOID}. Once the buyer's personal data was erased, the order
 * has no {@code buyer} and says {@code buyerErased}.
 */
public record OrderView(UUID orderId, String status, String nextAction, Money total, Money refunded, Instant dueAt,
                 BuyerView buyer, boolean buyerErased, List<TicketView> tickets) {

    public record BuyerView(String name, String email) {

        /** The buyer of an order row, or null when the row keeps none: every buyer has a name until erased. */
        static BuyerView of(String name, String email) {
            return name == null ? null : new BuyerView(name, email);
        }
    }

    /** {@code qr} is the ticket's signed payload for scanners; {@code usedAt} is set once it was let in. */
    public record TicketView(UUID ticketId, String code, UUID ticketTypeId, String seat, String status, Instant usedAt,
                      String qr) {
    }
}
