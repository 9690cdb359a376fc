package io.admitone.kernel.personaldata;

import io.admitone.kernel.organisation.TenantId;

/** The events of a buyer's personal data. */
public sealed interface BuyerDataEvent permits BuyerErased {

    BuyerKeyId keyId();

    TenantId tenantId();
}
