package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;

import java.util.HashMap;
import java.util.Map;

/** The custom-domain registry without a database, for aggregate fixtures. */
class InMemoryDomainRegistry implements DomainRegistry {

    private final Map<String, TenantId> claims = new HashMap<>();

    @Override
    public void claim(String domain, TenantId tenantId) {
        if (domain != null && claims.containsKey(domain) && !claims.get(domain).equals(tenantId)) {
            throw new CustomDomainTaken(domain);
        }
        claims.values().removeIf(tenantId::equals);
        if (domain != null) {
            claims.put(domain, tenantId);
        }
    }
}
