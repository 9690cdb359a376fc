package io.admitone.kernel.identity;

import java.time.Instant;

/** The invited user chose a password and is active; {@code passwordHash} is the encoded hash. */
public record InvitationAccepted(UserId userId, String passwordHash, Instant acceptedAt) implements StaffUserEvent {
}
