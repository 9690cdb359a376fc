package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.Set;

public record MembershipGranted(UserId userId, TenantId tenantId, Set<StaffRole> roles, Instant grantedAt)
        implements StaffUserEvent {

    public MembershipGranted {
        roles = Set.copyOf(roles);
    }
}
