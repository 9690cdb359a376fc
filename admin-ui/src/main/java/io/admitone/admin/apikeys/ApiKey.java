package io.admitone.admin.apikeys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.apikey.ApiKeyKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key as the list shows it, never with its secret; a publishable key comes whole, a secret one by its prefix. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiKey(UUID id, String name, ApiKeyKind kind, List<String> roles, String prefix, String publishableKey,
                     Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    public ApiKey {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    /** How the key is recognised: the whole publishable key, or the beginning of a secret one. */
    String shownKey() {
        return publishableKey != null ? publishableKey : kind.keyPrefix() + prefix + "_…";
    }
}
