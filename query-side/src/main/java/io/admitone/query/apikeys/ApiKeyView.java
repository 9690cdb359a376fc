package io.admitone.query.apikeys;

import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A key without its secret. {@code publishableKey} is the whole key for a publishable key (it is meant to be
 * public) and null for a secret key, which {@code prefix} names instead.
 */
public record ApiKeyView(UUID id, String name, ApiKeyKind kind, List<String> roles, String prefix,
                         String publishableKey, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    static ApiKeyView of(UUID id, String name, String kind, String[] roles, String prefix, Instant createdAt,
                         Instant revokedAt) {
        ApiKeyKind keyKind = ApiKeyKind.of(kind);
        return new ApiKeyView(id, name, keyKind, List.of(roles), prefix,
                keyKind == ApiKeyKind.PUBLISHABLE ? ApiKeyFormat.publishableKey(prefix) : null, createdAt, revokedAt,
                null);
    }

    ApiKeyView lastUsed(Map<UUID, Instant> lastUses) {
        return new ApiKeyView(id, name, kind, roles, prefix, publishableKey, createdAt, revokedAt, lastUses.get(id));
    }
}
