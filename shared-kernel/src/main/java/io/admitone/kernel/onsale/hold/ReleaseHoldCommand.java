package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Releases a hold early. The buyer proves it is theirs with the digest of its token; staff allowed to manage
 * orders release any hold of their organisation ({@code byStaff}, token digest null).
 */
public record ReleaseHoldCommand(@TargetAggregateIdentifier HoldId holdId, TenantId tenantId, String tokenHash,
                                 boolean byStaff) {
}
