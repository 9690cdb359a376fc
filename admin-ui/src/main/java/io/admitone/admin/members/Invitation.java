package io.admitone.admin.members;

import io.admitone.kernel.identity.StaffRole;

import java.util.Set;

/** Whom to invite with which roles, as {@code POST /api/v1/orgs/{orgId}/members} takes it. */
public record Invitation(String email, String displayName, Set<StaffRole> roles) {

    public Invitation {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
