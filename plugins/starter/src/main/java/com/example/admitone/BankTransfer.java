package com.example.admitone;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.payment.PaymentProvider;
import io.admitone.plugin.api.payment.PaymentResult;
import io.admitone.plugin.api.payment.RefundResult;
import org.pf4j.Extension;

/**
 * Payment by bank transfer into the account the organisation set (its {@code iban} setting). The order awaits
 * payment until staff see the money arrive and mark it paid; a refund is paid back by staff, the same way.
 */
@Extension
public class BankTransfer implements PaymentProvider {

    @Override
    public String name() {
        return "bank-transfer";
    }

    /** The buyer chooses nothing more: the method is {@code transfer}. */
    @Override
    public boolean acceptsMethod(String method) {
        return "transfer".equals(method);
    }

    @Override
    public PaymentResult start(PaymentRequest request, OrganisationContext organisation) {
        if (organisation.setting("iban", null) == null) {
            return PaymentResult.failed("The organisation has no account for bank transfers");
        }
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
