package io.admitone.query.finance.reconciliation;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;

/**
 * One provider's money in one currency and period: what the orders say was {@code captured} and {@code refunded}
 * (paid out or still owed to buyers), the {@code expectedNet} that leaves, the {@code ledgerNet} movement of
 * {@code payment-clearing} and {@code refunds-payable} for the same provider and period, and their
 * {@code difference}; {@code reconciled} when there is none.
 */
public record ReconciliationRow(String period, String provider, String currency,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal captured,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedNet,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ledgerNet,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal difference,
                                boolean reconciled) {

    static ReconciliationRow of(Key key, Figures figures) {
        String currency = key.currency();
        BigDecimal expected = figures.captured().subtract(figures.refunded());
        BigDecimal difference = figures.ledgerNet().subtract(expected);
        return new ReconciliationRow(key.period(), key.provider(), currency, scaled(figures.captured(), currency),
                scaled(figures.refunded(), currency), scaled(expected, currency),
                scaled(figures.ledgerNet(), currency), scaled(difference, currency), difference.signum() == 0);
    }

    private static BigDecimal scaled(BigDecimal amount, String currency) {
        return new Money(amount, currency).amount();
    }

    /** What a row is for. */
    record Key(String period, String provider, String currency) {
    }

    /** A row's sums, each from its own source; one absent there is zero. */
    record Figures(BigDecimal captured, BigDecimal refunded, BigDecimal ledgerNet) {

        static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Figures plus(Figures other) {
            return new Figures(captured.add(other.captured), refunded.add(other.refunded),
                    ledgerNet.add(other.ledgerNet));
        }
    }
}
