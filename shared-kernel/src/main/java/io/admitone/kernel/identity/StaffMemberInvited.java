package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.Set;

/**
 * A new user, invited into one organisation with {@code roles}. Only the SHA-256 hash (hex) of the invitation
 * token is recorded; the token itself went to the inviter once.
 */
public record StaffMemberInvited(UserId userId, String email, String displayName, TenantId tenantId,
                                 Set<StaffRole> roles, String invitationTokenHash, Instant invitationExpiresAt,
                                 Instant invitedAt) implements StaffUserEvent {

    public StaffMemberInvited {
        roles = Set.copyOf(roles);
    }
}
