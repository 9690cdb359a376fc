package io.admitone.kernel.finance;

import io.admitone.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PricePartsTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void theFeeComesOutOfThePriceAndTheTaxIsIncludedInTheRest() {
        PriceParts parts = PriceParts.of(eur("59.50"), new BigDecimal("19.00"), eur("2.00"), new BigDecimal("5"));

        assertThat(parts.fee()).isEqualTo(eur("4.98"));
        assertThat(parts.tax()).isEqualTo(eur("8.70"));
        assertThat(parts.net()).isEqualTo(eur("45.82"));
        assertThat(parts.gross()).isEqualTo(eur("59.50"));
    }

    @Test
    void aFeeLargerThanThePriceTakesThePriceAndLeavesNoTax() {
        PriceParts parts = PriceParts.of(eur("1.00"), new BigDecimal("19"), eur("2.50"), null);

        assertThat(parts).isEqualTo(new PriceParts(eur("0.00"), eur("0.00"), eur("1.00")));
    }

    @Test
    void noTaxRateAndNoFeeLeaveThePriceNet() {
        assertThat(PriceParts.of(Money.of("5000", "JPY"), null, null, null))
                .isEqualTo(new PriceParts(Money.of("5000", "JPY"), Money.zero("JPY"), Money.zero("JPY")));
    }

    @Test
    void refundsTakingTheirShareOfWhatIsLeftAddUpToTheWholeExactly() {
        PriceParts order = PriceParts.of(eur("100.00"), new BigDecimal("7"), eur("0.99"), null)
                .plus(PriceParts.of(eur("33.33"), new BigDecimal("19"), null, new BigDecimal("3.5")));
        PriceParts left = order;
        PriceParts refunded = PriceParts.zero("EUR");
        for (String amount : new String[] {"10.01", "33.33", "0.07"}) {
            PriceParts refund = left.share(eur(amount));
            assertThat(refund.gross()).isEqualTo(eur(amount));
            refunded = refunded.plus(refund);
            left = left.minus(refund);
        }
        refunded = refunded.plus(left.share(left.gross()));

        assertThat(refunded).isEqualTo(order);
    }
}
