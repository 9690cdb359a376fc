package io.admitone.kernel.access;

import io.admitone.kernel.identity.StaffRole;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.admitone.kernel.identity.StaffRole.ADMIN;
import static io.admitone.kernel.identity.StaffRole.ANALYST;
import static io.admitone.kernel.identity.StaffRole.BOX_OFFICE;
import static io.admitone.kernel.identity.StaffRole.EVENT_MANAGER;
import static io.admitone.kernel.identity.StaffRole.FINANCE;
import static io.admitone.kernel.identity.StaffRole.INTEGRATOR;
import static io.admitone.kernel.identity.StaffRole.OWNER;

/**
 * Everything staff and integrators can do within an organisation, each with the roles allowed to do it.
 * Owners and admins may do everything; the other roles get what their job needs.
 */
public enum Operation {
    ORGANISATION_READ(EVENT_MANAGER, BOX_OFFICE, FINANCE, ANALYST, INTEGRATOR),
    ORGANISATION_MANAGE,
    MEMBERS_READ,
    MEMBERS_MANAGE,
    API_KEYS_MANAGE,
    CATALOG_READ(EVENT_MANAGER, BOX_OFFICE, FINANCE, ANALYST, INTEGRATOR),
    CATALOG_MANAGE(EVENT_MANAGER),
    ORDERS_READ(EVENT_MANAGER, BOX_OFFICE, FINANCE, ANALYST, INTEGRATOR),
    ORDERS_MANAGE(BOX_OFFICE, FINANCE),
    CHECK_IN(BOX_OFFICE),
    WEBHOOKS_MANAGE(INTEGRATOR),
    FINANCE_READ(FINANCE),
    ANALYTICS_READ(FINANCE, ANALYST),
    PERSONAL_DATA_ERASE,
    PLUGINS_MANAGE;

    private final Set<StaffRole> allowed;

    Operation(StaffRole... alsoAllowed) {
        this.allowed = EnumSet.of(OWNER, ADMIN);
        this.allowed.addAll(List.of(alsoAllowed));
    }

    /** Whether someone holding these roles in an organisation may perform this operation there. */
    public boolean allowedFor(Collection<StaffRole> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public Set<StaffRole> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }
}
