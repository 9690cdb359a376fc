package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.Set;

/** {@code roles} replace the member's previous roles in the organisation. */
public record MembershipRolesChanged(UserId userId, TenantId tenantId, Set<StaffRole> roles, Instant changedAt)
        implements StaffUserEvent {

    public MembershipRolesChanged {
        roles = Set.copyOf(roles);
    }
}
