package io.admitone.projections.search;

import java.math.BigDecimal;

/**
 * The price bands of the search facet, by an event's lowest visible price in its own currency: below 25, 25 to
 * below 50, 50 to below 100, and 100 or more.
 */
final class PriceBands {

    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceBands() {
    }

    /** The band of {@code price}; null for no price. */
    static String of(BigDecimal price) {
        if (price == null) {
            return null;
        }
        if (price.compareTo(TWENTY_FIVE) < 0) {
            return "under-25";
        }
        if (price.compareTo(FIFTY) < 0) {
            return "25-to-50";
        }
        return price.compareTo(HUNDRED) < 0 ? "50-to-100" : "100-and-over";
    }
}
