package io.admitone.admin.apikeys;

import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.identity.StaffRole;

import java.util.Set;

/** A key to create, as {@code POST /api/v1/orgs/{orgId}/api-keys} takes it: roles for secret keys only. */
public record NewApiKey(String name, ApiKeyKind kind, Set<StaffRole> roles) {

    public NewApiKey {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
