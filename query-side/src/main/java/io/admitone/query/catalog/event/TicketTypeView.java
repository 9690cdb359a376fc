package io.admitone.query.catalog.event;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A ticket type's terms; {@code section} or {@code priceZone} says what it sells, the other is null. */
public record TicketTypeView(UUID id, UUID eventId, String name, Money price, String section, String priceZone,
                             int minPerOrder, int maxPerOrder, Instant salesFrom, Instant salesUntil, boolean visible,
                             BigDecimal taxRate, boolean taxIncluded, Money feeFixed, BigDecimal feePercent) {

    static TicketTypeView of(UUID id, UUID eventId, String name, BigDecimal priceAmount, String currency,
                             String section, String priceZone, Integer minPerOrder, Integer maxPerOrder,
                             Instant salesFrom, Instant salesUntil, Boolean visible, BigDecimal taxRate,
                             Boolean taxIncluded, BigDecimal feeFixedAmount, BigDecimal feePercent) {
        return new TicketTypeView(id, eventId, name, new Money(priceAmount, currency), section, priceZone, minPerOrder,
                maxPerOrder, salesFrom, salesUntil, visible, taxRate, taxIncluded,
                feeFixedAmount == null ? null : new Money(feeFixedAmount, currency), feePercent);
    }
}
