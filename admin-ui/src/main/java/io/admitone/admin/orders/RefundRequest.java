package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.admitone.kernel.money.Money;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST .../orders/{orderId}/refunds}: the amount to pay back (absent: the tickets' prices), the
 * tickets to void (absent: none) and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record RefundRequest(Money amount, List<UUID> ticketIds, String reason) {
}
