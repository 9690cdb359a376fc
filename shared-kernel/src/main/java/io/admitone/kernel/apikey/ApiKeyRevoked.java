package io.admitone.kernel.apikey;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record ApiKeyRevoked(ApiKeyId keyId, TenantId tenantId, Instant revokedAt) implements ApiKeyEvent {
}
