package io.admitone.query.finance.reports;

import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.money.Money;

/**
 * A line's figures in one currency: {@code gross} sold, {@code refunds} paid back (gross), {@code tax} and
 * {@code fees} kept (sold less refunded), and {@code net}: gross less refunds, tax and fees.
 */
public record SalesFigures(Money gross, Money refunds, Money tax, Money fees) {

    public static SalesFigures zero(String currency) {
        Money zero = Money.zero(currency);
        return new SalesFigures(zero, zero, zero, zero);
    }

    public Money net() {
        return gross.minus(refunds).minus(tax).minus(fees);
    }

    SalesFigures plus(SalesMovement movement) {
        PriceParts parts = movement.parts();
        if (movement.refund()) {
            return new SalesFigures(gross, refunds.plus(parts.gross()), tax.minus(parts.tax()),
                    fees.minus(parts.fee()));
        }
        return new SalesFigures(gross.plus(parts.gross()), refunds, tax.plus(parts.tax()), fees.plus(parts.fee()));
    }
}
