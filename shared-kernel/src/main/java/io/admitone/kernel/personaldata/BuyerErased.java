package io.admitone.kernel.personaldata;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/**
 * A buyer's data key was erased at their request: what was sealed under {@code keyId} can no longer be opened. It
 * carries no personal data, so it can stay in the audit trail for good.
 */
public record BuyerErased(TenantId tenantId, BuyerKeyId keyId, Instant erasedAt) implements BuyerDataEvent {
}
