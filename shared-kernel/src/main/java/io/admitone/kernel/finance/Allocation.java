package io.admitone.kernel.finance;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Divides an amount paid back on an order among the order's ticket types, in proportion to what each has not been
 * paid back yet: each in turn takes its share of what is left to divide, so the shares add up to the amount exactly,
 * and paying back all that is left gives each ticket type all it has left.
 */
public final class Allocation {

    private Allocation() {
    }

    public static <K> SequencedMap<K, PriceParts> of(Money amount, SequencedMap<K, PriceParts> remaining) {
        Money total = remaining.values().stream().map(PriceParts::gross).reduce(Money::plus)
                .orElseThrow(() -> new IllegalArgumentException("Nothing to divide " + amount + " among"));
        if (amount.amount().compareTo(total.amount()) > 0 || amount.isNegative()) {
            throw new IllegalArgumentException("Cannot divide " + amount + " among " + total);
        }
        SequencedMap<K, PriceParts> shares = new LinkedHashMap<>();
        BigDecimal leftToDivide = amount.amount();
        BigDecimal leftOfTotal = total.amount();
        for (Map.Entry<K, PriceParts> entry : remaining.entrySet()) {
            BigDecimal gross = entry.getValue().gross().amount();
            BigDecimal take = leftOfTotal.signum() == 0 ? BigDecimal.ZERO : leftToDivide.multiply(gross)
                    .divide(leftOfTotal, gross.scale(), RoundingMode.HALF_EVEN).min(gross).min(leftToDivide);
            shares.put(entry.getKey(), entry.getValue().share(new Money(take, amount.currency())));
            leftToDivide = leftToDivide.subtract(take);
            leftOfTotal = leftOfTotal.subtract(gross);
        }
        return shares;
    }
}
