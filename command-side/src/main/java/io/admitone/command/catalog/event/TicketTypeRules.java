package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of a ticket type's terms, checked against the venue's seat map, the currency of the event's other
 * ticket types and the span in which the event's performances are on sale. Answers the terms in canonical form.
 */
final class TicketTypeRules {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_PER_ORDER = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 2;

    /** From the earliest on-sale start to the latest on-sale end of the event's performances that are not cancelled. */
    record SalesSpan(Instant from, Instant until) {
    }

    private TicketTypeRules() {
    }

    static TicketTypeTerms validated(TicketTypeTerms terms, VenueLayout venue, Optional<String> eventCurrency,
                                     Optional<SalesSpan> span) {
        if (terms == null) {
            throw new InvalidTicketType("its terms are required");
        }
        Money price = price(terms.price(), eventCurrency);
        String section = blankToNull(terms.section());
        String priceZone = blankToNull(terms.priceZone());
        places(section, priceZone, venue);
        perOrder(terms.minPerOrder(), terms.maxPerOrder());
        salesWindow(terms.salesFrom(), terms.salesUntil(), span);
        return new TicketTypeTerms(name(terms.name()), price, section, priceZone, terms.minPerOrder(),
                terms.maxPerOrder(), terms.salesFrom(), terms.salesUntil(), terms.visible(),
                percentage("taxRate", terms.taxRate()), terms.taxIncluded(), feeFixed(terms.feeFixed(), price),
                terms.feePercent() == null ? null : percentage("feePercent", terms.feePercent()));
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidTicketType("name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static Money price(Money price, Optional<String> eventCurrency) {
        if (price == null || price.isNegative()) {
            throw new InvalidTicketType("price must be an amount of zero or more");
        }
        eventCurrency.filter(currency -> !currency.equals(price.currency())).ifPresent(currency -> {
            throw new CurrencyMismatch("price", price.currency(), currency);
        });
        return price;
    }

    /** A ticket type sells either a standing section's capacity or the seats of a price zone, never both. */
    private static void places(String section, String priceZone, VenueLayout venue) {
        if ((section == null) == (priceZone == null)) {
            throw new InvalidTicketType("exactly one of section (standing) and priceZone (seated) must be given");
        }
        if (section != null && venue.section(section).filter(s -> s.kind() == SectionKind.STANDING).isEmpty()) {
            throw new UnknownStandingSection(section);
        }
        if (priceZone != null && !venue.priceZones().contains(priceZone)) {
            throw new UnknownPriceZone(priceZone, venue.priceZones());
        }
    }

    private static void perOrder(int min, int max) {
        if (min < 1 || min > max || max > MAX_PER_ORDER) {
            throw new InvalidTicketType("1 <= minPerOrder <= maxPerOrder <= " + MAX_PER_ORDER + " must hold, not "
                    + min + " and " + max);
        }
    }

    /** A sales window narrows the performances' on-sale windows, so it must lie within their span. */
    private static void salesWindow(Instant from, Instant until, Optional<SalesSpan> span) {
        if (from == null && until == null) {
            return;
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidTicketType("salesFrom must be before salesUntil");
        }
        SalesSpan within = span.orElseThrow(() -> new InvalidTicketType(
                "a sales window needs a performance whose on-sale window it lies in; schedule one first"));
        boolean fromInside = from == null || (!from.isBefore(within.from()) && from.isBefore(within.until()));
        boolean untilInside = until == null || (until.isAfter(within.from()) && !until.isAfter(within.until()));
        if (!fromInside || !untilInside) {
            throw new InvalidTicketType("the sales window must lie within " + within.from() + " to " + within.until()
                    + ", when the event's performances are on sale");
        }
    }

    private static BigDecimal percentage(String field, BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > PERCENT_SCALE) {
            throw new InvalidTicketType(field + " must be a percentage from 0 to 100 with at most "
                    + PERCENT_SCALE + " decimals");
        }
        return percent.setScale(PERCENT_SCALE);
    }

    private static Money feeFixed(Money fee, Money price) {
        if (fee == null) {
            return null;
        }
        if (!fee.currency().equals(price.currency())) {
            throw new CurrencyMismatch("feeFixed", fee.currency(), price.currency());
        }
        if (fee.isNegative()) {
            throw new InvalidTicketType("feeFixed must be an amount of zero or more");
        }
        return fee;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
