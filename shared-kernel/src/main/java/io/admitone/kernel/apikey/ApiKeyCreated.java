package io.admitone.kernel.apikey;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.Set;

/**
 * A new key. {@code prefix} is the public part by which the key is looked up. A secret key is recorded only as the
 * SHA-256 hash (hex) of the whole key; a publishable key is its kind's prefix and {@code prefix}, with no secret
 * and no roles.
 */
public record ApiKeyCreated(ApiKeyId keyId, TenantId tenantId, String name, ApiKeyKind kind, Set<StaffRole> roles,
                            String prefix, String secretHash, Instant createdAt) implements ApiKeyEvent {

    public ApiKeyCreated {
        roles = Set.copyOf(roles);
    }
}
