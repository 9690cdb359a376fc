package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;

import java.util.HashMap;
import java.util.Map;

/** The slug registry without a database, for aggregate fixtures. */
class InMemorySlugRegistry implements SlugRegistry {

    private final Map<String, TenantId> claims = new HashMap<>();

    @Override
    public void claim(String slug, TenantId tenantId) {
        if (claims.putIfAbsent(slug, tenantId) != null) {
            throw new SlugTaken(slug);
        }
    }
}
