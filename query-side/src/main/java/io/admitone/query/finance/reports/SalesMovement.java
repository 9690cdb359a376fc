package io.admitone.query.finance.reports;

import io.admitone.kernel.finance.PriceParts;

import java.time.Instant;
import java.util.UUID;

/**
 * Money that moved for one ticket type of an order at {@code effectiveAt}: a sale's parts, or a refund's share of
 * them. What a recount of the events hands to a {@link SalesTally}.
 */
public record SalesMovement(Instant effectiveAt, UUID eventId, UUID performanceId, UUID ticketTypeId,
                            boolean refund, PriceParts parts) {
}
