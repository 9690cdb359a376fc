package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The owner table without a database, for aggregate fixtures; tests set it up to match their given events. */
class InMemoryOrganisationOwners implements OrganisationOwners {

    private final Map<TenantId, Set<UserId>> owners = new HashMap<>();

    @Override
    public Set<UserId> lockOwners(TenantId tenantId) {
        return Set.copyOf(owners.getOrDefault(tenantId, Set.of()));
    }

    @Override
    public void add(TenantId tenantId, UserId owner) {
        owners.computeIfAbsent(tenantId, tenant -> new HashSet<>()).add(owner);
    }

    @Override
    public void remove(TenantId tenantId, UserId owner) {
        owners.getOrDefault(tenantId, new HashSet<>()).remove(owner);
    }

    @Override
    public void removeEverywhere(UserId owner) {
        owners.values().forEach(users -> users.remove(owner));
    }
}
