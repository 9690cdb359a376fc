package io.admitone.kernel.finance;

import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an amount a buyer paid is made of: {@code net} revenue, {@code tax} and the service {@code fee}; the three
 * add up to the amount, to the cent. A ticket's price is what its buyer pays: the service fee (fixed plus a
 * percentage of the price, never more than the price) is part of it, and the tax is the share of the rest at the tax
 * rate, included in it.
 */
public record PriceParts(Money net, Money tax, Money fee) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static PriceParts zero(String currency) {
        Money zero = Money.zero(currency);
        return new PriceParts(zero, zero, zero);
    }

    /** The parts of {@code price} under a ticket type's terms; a null fee or percentage counts as none. */
    public static PriceParts of(Money price, BigDecimal taxRate, Money feeFixed, BigDecimal feePercent) {
        BigDecimal fee = BigDecimal.ZERO;
        if (feeFixed != null) {
            fee = fee.add(feeFixed.amount());
        }
        if (feePercent != null) {
            fee = fee.add(price.amount().multiply(feePercent).divide(HUNDRED, price.amount().scale(),
                    RoundingMode.HALF_EVEN));
        }
        fee = fee.min(price.amount());
        BigDecimal taxed = price.amount().subtract(fee);
        BigDecimal rate = taxRate == null ? BigDecimal.ZERO : taxRate;
        BigDecimal tax = taxed.multiply(rate).divide(HUNDRED.add(rate), price.amount().scale(), RoundingMode.HALF_EVEN);
        return new PriceParts(new Money(taxed.subtract(tax), price.currency()), new Money(tax, price.currency()),
                new Money(fee, price.currency()));
    }

    public Money gross() {
        return net.plus(tax).plus(fee);
    }

    public PriceParts plus(PriceParts other) {
        return new PriceParts(net.plus(other.net), tax.plus(other.tax), fee.plus(other.fee));
    }

    public PriceParts minus(PriceParts other) {
        return new PriceParts(net.minus(other.net), tax.minus(other.tax), fee.minus(other.fee));
    }

    /**
     * The parts of {@code amount}, a share of these parts' gross, in the same proportions: tax and fee are rounded to
     * the cent and net takes the rest. A refund takes its share of what its order has not paid back yet, so the
     * refunds of an order paid back in full add up to the order's parts exactly.
     */
    public PriceParts share(Money amount) {
        Money gross = gross();
        if (amount.equals(gross)) {
            return this;
        }
        if (gross.amount().signum() == 0) {
            throw new IllegalArgumentException("Cannot share " + amount + " of nothing");
        }
        Money shareOfTax = proportion(tax, amount, gross);
        Money shareOfFee = proportion(fee, amount, gross);
        return new PriceParts(amount.minus(shareOfTax).minus(shareOfFee), shareOfTax, shareOfFee);
    }

    private static Money proportion(Money part, Money amount, Money gross) {
        BigDecimal value = part.amount().multiply(amount.amount())
                .divide(gross.amount(), part.amount().scale(), RoundingMode.HALF_EVEN);
        return new Money(value, part.currency());
    }
}
