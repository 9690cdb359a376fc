package io.admitone.kernel.catalog.event;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything a ticket type says, as a whole: its price; whether it sells a standing {@code section} or the seats
 * of a {@code priceZone} (exactly one is set); per-order limits; its sales window within the performance's
 * on-sale window (null: the whole window); visibility; tax rate in percent with whether the price includes it;
 * and the service fee, fixed and/or a percentage of the price.
 */
public record TicketTypeTerms(String name, Money price, String section, String priceZone, int minPerOrder,
                              int maxPerOrder, Instant salesFrom, Instant salesUntil, boolean visible,
                              BigDecimal taxRate, boolean taxIncluded, Money feeFixed, BigDecimal feePercent) {
}
