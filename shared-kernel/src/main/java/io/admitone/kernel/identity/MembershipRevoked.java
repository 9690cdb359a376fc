package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record MembershipRevoked(UserId userId, TenantId tenantId, Instant revokedAt) implements StaffUserEvent {
}
