package io.admitone.kernel.identity;

import java.time.Instant;

/** The platform admin, active at once; {@code passwordHash} is the encoded hash, never the password. */
public record PlatformAdminRegistered(UserId userId, String email, String displayName, String passwordHash,
                                      Instant registeredAt) implements StaffUserEvent {
}
