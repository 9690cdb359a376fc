package io.admitone.kernel.personaldata;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a buyer's data key, so that nothing sealed under it can be opened again. */
public record EraseBuyerCommand(@TargetAggregateIdentifier BuyerKeyId keyId, TenantId tenantId) {
}
