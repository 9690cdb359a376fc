package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/**
 * A user who had not accepted their invitation was invited again, into {@code tenantId}, and got a fresh token in
 * place of the old one, which no longer works. Only the SHA-256 hash (hex) of the new token is recorded.
 */
public record InvitationReissued(UserId userId, TenantId tenantId, String invitationTokenHash,
                                 Instant invitationExpiresAt, Instant reissuedAt) implements StaffUserEvent {
}
