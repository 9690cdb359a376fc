package io.admitone.plugins.offline;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.payment.PaymentProvider;
import io.admitone.plugin.api.payment.PaymentResult;
import io.admitone.plugin.api.payment.RefundResult;
import org.pf4j.Extension;

/**
 * Payment outside the system (cash, bank transfer), as the provider {@code offline}: the order awaits payment, with
 * no action for the buyer, until staff mark it paid, or expires unpaid when its payment falls due. Any method is
 * taken and kept as a note of how the buyer means to pay. A refund is only recorded: staff pay the money out
 * themselves, as they took it.
 */
@Extension
public class OfflinePayments implements PaymentProvider {

    static final String NAME = "offline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentResult start(PaymentRequest request, OrganisationContext organisation) {
        return PaymentResult.awaitingStaff();
    }

    @Override
    public PaymentResult confirm(PaymentRequest request, OrganisationContext organisation) {
        return PaymentResult.awaitingStaff();
    }

    @Override
    public RefundResult refund(RefundRequest request, OrganisationContext organisation) {
        return RefundResult.toBePaidOutByStaff();
    }
}
