package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The roles that groups at the identity provider grant in AdmitOne's organisations, as {@link SsoProperties} maps them. */
final class RoleMappings {

    private final Map<String, Map<TenantId, Set<StaffRole>>> byGroup = new HashMap<>();

    RoleMappings(List<SsoProperties.RoleMapping> mappings) {
        for (SsoProperties.RoleMapping mapping : mappings) {
            byGroup.computeIfAbsent(mapping.group(), group -> new HashMap<>())
                    .computeIfAbsent(TenantId.of(mapping.organisationId()), tenant -> EnumSet.noneOf(StaffRole.class))
                    .add(StaffRole.of(mapping.role()));
        }
    }

    /**
     * The stored caller with the roles of its groups added, organisation by organisation. Groups only add: they
     * never take a stored role away, and never make anyone a platform admin.
     */
    Caller grant(Caller stored, Collection<String> groups) {
        Map<TenantId, Set<StaffRole>> memberships = new HashMap<>();
        stored.memberships().forEach((tenant, roles) -> rolesIn(memberships, tenant).addAll(roles));
        groups.stream().distinct().map(byGroup::get).filter(Objects::nonNull)
                .forEach(granted -> granted.forEach((tenant, roles) -> rolesIn(memberships, tenant).addAll(roles)));
        return new Caller(stored.subject(), stored.platformAdmin(), memberships);
    }

    private static Set<StaffRole> rolesIn(Map<TenantId, Set<StaffRole>> memberships, TenantId tenant) {
        return memberships.computeIfAbsent(tenant, t -> EnumSet.noneOf(StaffRole.class));
    }
}
