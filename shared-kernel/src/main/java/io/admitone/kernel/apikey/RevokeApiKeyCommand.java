package io.admitone.kernel.apikey;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a key for good; revoking a revoked key changes nothing. */
public record RevokeApiKeyCommand(@TargetAggregateIdentifier ApiKeyId keyId, TenantId tenantId) {
}
