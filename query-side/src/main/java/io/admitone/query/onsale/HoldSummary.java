package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A hold as staff lists show it: without its lines, which the hold itself carries. */
record HoldSummary(UUID holdId, UUID eventId, UUID performanceId, String status, Instant expiresAt, Money total,
                   UUID orderId, Instant placedAt, Instant updatedAt) {

    static HoldSummary of(UUID holdId, UUID eventId, UUID performanceId, String status, Instant expiresAt,
                          BigDecimal total, String currency, UUID orderId, Instant placedAt, Instant updatedAt) {
        return new HoldSummary(holdId, eventId, performanceId, status, expiresAt, new Money(total, currency), orderId,
                placedAt, updatedAt);
    }
}
