package io.admitone.plugins.offline;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.payment.PaymentProvider;
import io.admitone.plugin.api.payment.PaymentResult;
import io.admitone.plugin.api.payment.RefundResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OfflinePaymentsTest {

    private static final OrganisationContext ORGANISATION = new OrganisationContext(UUID.randomUUID(), Map.of());
    private static final PaymentProvider.PaymentRequest CASH = new PaymentProvider.PaymentRequest(UUID.randomUUID(),
            new BigDecimal("49.50"), "EUR", "cash at the door");

    private final OfflinePayments offline = new OfflinePayments();

    @Test
    void anOrderAwaitsStaffWhateverTheBuyerNotedAsTheMethod() {
        assertThat(offline.name()).isEqualTo("offline");
        assertThat(offline.acceptsMethod("cash at the door")).isTrue();
        assertThat(offline.start(CASH, ORGANISATION)).isEqualTo(PaymentResult.awaitingStaff());
        assertThat(offline.confirm(CASH, ORGANISATION)).isEqualTo(PaymentResult.awaitingStaff());
    }

    @Test
    void aRefundIsLeftForStaffToPayOut() {
        PaymentProvider.RefundRequest refund = new PaymentProvider.RefundRequest(CASH.orderId(), UUID.randomUUID(),
                new BigDecimal("10.00"), "EUR", CASH.method());

        assertThat(offline.refund(refund, ORGANISATION)).isEqualTo(RefundResult.toBePaidOutByStaff());
    }
}
