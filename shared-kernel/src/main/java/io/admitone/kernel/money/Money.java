package io.admitone.kernel.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency, in JSON {@code {"amount": "49.50", "currency": "EUR"}}. The amount is kept
 * at the currency's scale (two digits for EUR, none for JPY), so that equal amounts are equal records; an amount
 * with more digits than the currency has is refused rather than rounded.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        amount = amount.setScale(Math.max(scale, 0));
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Not part of the JSON form, which is exactly {@code amount} and {@code currency}. */
    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
