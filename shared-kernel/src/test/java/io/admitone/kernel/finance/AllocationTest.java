package io.admitone.kernel.finance;

import io.admitone.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static SequencedMap<String, PriceParts> order() {
        SequencedMap<String, PriceParts> order = new LinkedHashMap<>();
        order.put("adult", PriceParts.of(eur("66.67"), new BigDecimal("19"), eur("1.50"), null));
        order.put("child", PriceParts.of(eur("33.33"), new BigDecimal("7"), null, null));
        order.put("vip", PriceParts.of(eur("0.01"), BigDecimal.ZERO, null, null));
        return order;
    }

    @Test
    void sharesFollowWhatEachTicketTypeHasLeftAndAddUpToTheAmount() {
        SequencedMap<String, PriceParts> shares = Allocation.of(eur("10.00"), order());

        assertThat(shares.get("adult").gross()).isEqualTo(eur("6.67"));
        assertThat(shares.get("child").gross()).isEqualTo(eur("3.33"));
        assertThat(shares.get("vip").gross()).isEqualTo(eur("0.00"));
    }

    @Test
    void payingBackEverythingLeftGivesEachTicketTypeAllItHas() {
        assertThat(Allocation.of(eur("100.01"), order())).isEqualTo(order());
    }

    @Test
    void moreThanIsLeftCannotBeDivided() {
        assertThatThrownBy(() -> Allocation.of(eur("100.02"), order())).isInstanceOf(IllegalArgumentException.class);
    }
}
