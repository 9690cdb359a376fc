package io.admitone.kernel.identity;

import java.time.Instant;

/** {@code passwordHash} is the encoded hash of the new password. */
public record PasswordChanged(UserId userId, String passwordHash, Instant changedAt) implements StaffUserEvent {
}
