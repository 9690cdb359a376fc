package io.admitone.query.onsale;

import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hold as its buyer and staff see it: {@code HELD} until it is released ({@code RELEASED}), expires
 * ({@code EXPIRED}) or becomes an order ({@code CONVERTED}, with {@code orderId}).
 */
record HoldView(UUID holdId, UUID eventId, UUID performanceId, String status, Instant expiresAt, List<LineView> lines,
                Money total, UUID orderId, Instant placedAt, Instant updatedAt) {

    record LineView(UUID ticketTypeId, String seat, Money price) {
    }
}
