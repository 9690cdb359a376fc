package io.admitone.admin.members;

import io.admitone.kernel.identity.StaffRole;

import java.util.Set;

/** A member's new roles, as {@code PUT /api/v1/orgs/{orgId}/members/{userId}/roles} takes them. */
public record RoleChange(Set<StaffRole> roles) {

    public RoleChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
