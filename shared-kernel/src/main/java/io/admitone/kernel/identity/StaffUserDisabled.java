package io.admitone.kernel.identity;

import java.time.Instant;

/** The user can no longer sign in or be changed; their history and memberships stay recorded. */
public record StaffUserDisabled(UserId userId, Instant disabledAt) implements StaffUserEvent {
}
